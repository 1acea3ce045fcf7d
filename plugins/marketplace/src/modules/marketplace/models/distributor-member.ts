import { model } from "@medusajs/framework/utils"
import Distributor from "./distributor"

/**
 * A person acting for a distributor: the `distributor` auth actor. The auth identity's
 * app_metadata.distributor_id holds this member's id, so every /distributor route knows whose data it serves.
 */
const DistributorMember = model
  .define("distributor_member", {
    id: model.id({ prefix: "distmem" }).primaryKey(),
    distributor: model.belongsTo(() => Distributor, { mappedBy: "members" }),
    email: model.text().searchable(),
    name: model.text().nullable(),
    role: model.enum(["owner", "staff"]).default("staff"),
    status: model.enum(["invited", "active"]).default("invited"),
    auth_identity_id: model.text().nullable(),
    invited_by: model.text().nullable(),
    /** sha256 of the invite token; the token itself is shown once, to the member who invites. */
    invite_token_hash: model.text().nullable(),
    invite_expires_at: model.dateTime().nullable(),
    /** The Medusa notification that mailed the open invite, and when: a replayed event finds these and mails nothing. */
    invite_notification_id: model.text().nullable(),
    invite_email_sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { on: ["invite_token_hash"], where: "invite_token_hash IS NOT NULL" },
  ])

export default DistributorMember
