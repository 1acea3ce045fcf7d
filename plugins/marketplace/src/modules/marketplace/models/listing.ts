import { model } from "@medusajs/framework/utils"
import { LISTING_STATUSES } from "../constants"
import Distributor from "./distributor"

/**
 * A distributor's offer of a catalogue variant (variant_id set) or its proposal of a new product
 * (proposed_product set, product_id and variant_id null until the admin creates the product).
 */
const Listing = model
  .define("listing", {
    id: model.id({ prefix: "lst" }).primaryKey(),
    distributor: model.belongsTo(() => Distributor, { mappedBy: "listings" }),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    /** { title, description, hsn_code, variants: [{ title, sku }] } for a product not yet in the catalogue. */
    proposed_product: model.json().nullable(),
    sku: model.text().searchable(),
    price: model.bigNumber(),
    /** Maximum retail price printed on the pack (Legal Metrology (Packaged Commodities) Rules 2011 r.6); price may not exceed it. */
    mrp: model.bigNumber(),
    currency_code: model.text().default("inr"),
    stock_location_id: model.text().nullable(),
    stocked_quantity: model.number().default(0),
    low_stock_threshold: model.number().default(0),
    status: model.enum([...LISTING_STATUSES]).default("pending"),
    submitted_at: model.dateTime().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    reason: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["distributor_id", "sku"], unique: true, where: "deleted_at IS NULL" },
    { on: ["distributor_id", "variant_id"], unique: true, where: "deleted_at IS NULL AND variant_id IS NOT NULL" },
    { on: ["variant_id", "status"] },
    { on: ["status"] },
  ])

export default Listing
