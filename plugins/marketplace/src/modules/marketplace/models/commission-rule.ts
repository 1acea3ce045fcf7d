import { model } from "@medusajs/framework/utils"
import { COMMISSION_SCOPES } from "../constants"

/**
 * The operator's commission: a percent of the line's value or a flat amount per unit. The most specific
 * rule in force on the order date wins (product > category > distributor > default), then priority.
 */
const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "comrule" }).primaryKey(),
    name: model.text().nullable(),
    scope: model.enum([...COMMISSION_SCOPES]),
    /** The distributor, product category or product id; null for the default scope. */
    scope_id: model.text().nullable(),
    type: model.enum(["percent", "flat"]),
    /** Percent (12.5 = 12.5%) or, for flat, rupees per unit in currency_code. */
    value: model.bigNumber(),
    currency_code: model.text().default("inr"),
    effective_from: model.dateTime(),
    effective_to: model.dateTime().nullable(),
    priority: model.number().default(0),
    is_active: model.boolean().default(true),
  })
  .indexes([{ on: ["scope", "scope_id"] }, { on: ["effective_from"] }])

export default CommissionRule
