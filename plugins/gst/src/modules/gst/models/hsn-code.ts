import { model } from "@medusajs/framework/utils"
import HsnRate from "./hsn-rate"

/**
 * An HSN (goods) or SAC (services, chapter 99) code with its unit quantity code and dated rates.
 * Rule 46(g) of the CGST Rules puts the HSN on every tax invoice; GSTR-1 table 12 summarises by it.
 */
const HsnCode = model
  .define("gst_hsn_code", {
    id: model.id({ prefix: "hsn" }).primaryKey(),
    code: model.text().searchable(),
    description: model.text().searchable(),
    uqc: model.text().default("NOS"),
    kind: model.enum(["goods", "services"]).default("goods"),
    rates: model.hasMany(() => HsnRate, { mappedBy: "hsn_code" }),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["code"], unique: true, where: "deleted_at IS NULL" }])
  .cascades({ delete: ["rates"] })

export default HsnCode
