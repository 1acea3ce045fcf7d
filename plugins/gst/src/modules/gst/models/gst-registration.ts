import { model } from "@medusajs/framework/utils"

/**
 * A GSTIN the store supplies under. A business has one registration per State it operates from
 * (CGST Act s.25(1)); the default one applies where no stock location names another.
 */
const GstRegistration = model
  .define("gst_registration", {
    id: model.id({ prefix: "gstreg" }).primaryKey(),
    gstin: model.text().unique().searchable(),
    legal_name: model.text().searchable(),
    trade_name: model.text().nullable(),
    state_code: model.text(),
    address_line_1: model.text(),
    address_line_2: model.text().nullable(),
    city: model.text(),
    postal_code: model.text(),
    is_default: model.boolean().default(false),
    status: model.enum(["active", "suspended"]).default("active"),
    created_by: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["state_code"] }])

export default GstRegistration
