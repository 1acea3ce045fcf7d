import { model } from "@medusajs/framework/utils"
import TaxDocument from "./tax-document"

/** One line of a tax document: the item, its HSN and the tax per head, each rounded once (per line, to the paisa, half-up). */
const TaxDocumentLine = model
  .define("gst_tax_document_line", {
    id: model.id({ prefix: "gstdocl" }).primaryKey(),
    document: model.belongsTo(() => TaxDocument, { mappedBy: "lines" }),
    line_item_id: model.text().nullable(),
    /** "item" for goods/services sold, "shipping" for delivery charges, "commission" for marketplace commission. */
    line_type: model.enum(["item", "shipping", "commission"]).default("item"),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    description: model.text(),
    hsn_code: model.text(),
    /** The HSN master's UQC when the document was issued. */
    uqc: model.text().default("NOS"),
    /** Units sold: the cart's quantity (packs). */
    quantity: model.bigNumber(),
    /**
     * The UQC the line's quantity is reported in (CGST Rules r.46(i); GSTR-1 Table 12): the HSN's, PAC when packs
     * sold under a mass or volume UQC have no known net quantity, NA for services. See utils/uqc-quantity.ts.
     */
    reported_uqc: model.text().default("NOS"),
    /** The quantity in `reported_uqc`, exact to 3 decimals: 2 × 500 g under KGS is 1.000. */
    reported_quantity: model.bigNumber().default(0),
    /** One unit's net quantity the conversion used ("500 g"), or null. */
    net_quantity: model.text().nullable(),
    unit_price: model.bigNumber(),
    taxable_value: model.bigNumber(),
    rate: model.bigNumber(),
    cess_rate: model.bigNumber().default(0),
    igst: model.bigNumber().default(0),
    cgst: model.bigNumber().default(0),
    sgst: model.bigNumber().default(0),
    utgst: model.bigNumber().default(0),
    cess: model.bigNumber().default(0),
    total: model.bigNumber(),
  })
  .indexes([{ on: ["document_id"] }, { on: ["line_item_id"] }])

export default TaxDocumentLine
