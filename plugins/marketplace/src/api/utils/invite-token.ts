import crypto from "node:crypto"

/** Invite tokens are stored only as their sha256, so a database read does not reveal a usable invite. */
export function hashInviteToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex")
}

export function newInviteToken(): string {
  return crypto.randomBytes(24).toString("base64url")
}
