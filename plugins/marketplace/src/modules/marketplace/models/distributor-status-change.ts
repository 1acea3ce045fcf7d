import { model } from "@medusajs/framework/utils"
import { DISTRIBUTOR_STATUSES } from "../constants"
import Distributor from "./distributor"

/** One row per status transition, never updated: who moved the distributor, when and why. */
const DistributorStatusChange = model
  .define("distributor_status_change", {
    id: model.id({ prefix: "diststc" }).primaryKey(),
    distributor: model.belongsTo(() => Distributor, { mappedBy: "status_changes" }),
    from_status: model.enum([...DISTRIBUTOR_STATUSES]).nullable(),
    to_status: model.enum([...DISTRIBUTOR_STATUSES]),
    actor_type: model.enum(["user", "distributor", "system"]),
    actor_id: model.text().nullable(),
    reason: model.text().nullable(),
    changed_at: model.dateTime(),
  })
  .indexes([{ on: ["distributor_id", "changed_at"] }])

export default DistributorStatusChange
