import crypto from "node:crypto"

/** IFSC: 4-letter bank code, a zero, 6-character branch code (RBI). */
const IFSC_SHAPE = /^[A-Z]{4}0[A-Z0-9]{6}$/
/** Indian bank account numbers run 9 to 18 digits. */
const ACCOUNT_SHAPE = /^\d{9,18}$/

export function validateIfsc(value: string): { valid: true; ifsc: string } | { valid: false; reason: string } {
  const ifsc = value.trim().toUpperCase()
  return IFSC_SHAPE.test(ifsc)
    ? { valid: true, ifsc }
    : { valid: false, reason: `"${value}" is not an IFSC: 4 letters, a zero, then 6 letters or digits (e.g. HDFC0001234)` }
}

export function validateAccountNumber(value: string): { valid: true; account: string } | { valid: false; reason: string } {
  const account = value.replace(/[\s-]/g, "")
  return ACCOUNT_SHAPE.test(account)
    ? { valid: true, account }
    : { valid: false, reason: "a bank account number is 9 to 18 digits" }
}

function keyFrom(secret: string): Buffer {
  return crypto.createHash("sha256").update(secret).digest()
}

/** AES-256-GCM; the stored form is "v1:<iv>:<tag>:<ciphertext>" in base64 parts. */
export function encryptAccountNumber(account: string, secret: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFrom(secret), iv)
  const ciphertext = Buffer.concat([cipher.update(account, "utf8"), cipher.final()])
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), ciphertext.toString("base64")].join(":")
}

export function decryptAccountNumber(stored: string, secret: string): string {
  const [version, iv, tag, ciphertext] = stored.split(":")
  if (version !== "v1" || !iv || !tag || !ciphertext) {
    throw new Error("the stored bank account number is not in the v1 encrypted form")
  }
  const decipher = crypto.createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64"))
  decipher.setAuthTag(Buffer.from(tag, "base64"))
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8")
}

export function lastFour(account: string): string {
  return account.slice(-4)
}
