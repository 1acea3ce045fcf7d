/**
 * Options of @haat/gst, given in medusa-config under `plugins: [{ resolve: "@haat/gst", options }]`.
 * Every option has a default that is right for a single-GSTIN Indian store.
 */
export type GstPluginOptions = {
  /** Number series prefixes (at most 4 characters, so the number stays within 16: PREFIX/2526/000001). */
  invoice_prefix?: string
  credit_note_prefix?: string
  /** Prefix of the series of invoices for the store's own services, e.g. a marketplace's commission (default "SRV"). */
  service_invoice_prefix?: string
  /**
   * GST on delivery charges. "main_supply": the rate of the line with the highest taxable value (CGST Act s.8(a),
   * composite supply); a percent string such as "18" taxes shipping at that rate.
   */
  shipping_rate?: "main_supply" | string
  /** HSN used for a product without one (an invoice cannot be issued without HSN: CGST Rules r.46(g)). */
  default_hsn_code?: string
  /**
   * Exports and supplies to SEZ units are zero-rated (IGST Act s.16(1)). false (default): supplied under a
   * letter of undertaking or bond, without IGST (s.16(3)(a)); true: IGST is charged and refunded later (s.16(3)(b)).
   */
  export_with_igst?: boolean
  /**
   * The unit of `product_variant.weight`, which Medusa stores as a bare number: "g" (default) or "kg". Invoices
   * use it to express packs in a mass UQC (2 × 500 g = 1.000 KGS) when a variant declares no metadata.net_quantity.
   */
  variant_weight_unit?: "g" | "kg"
}

export const DEFAULT_OPTIONS = {
  invoice_prefix: "INV",
  credit_note_prefix: "CN",
  service_invoice_prefix: "SRV",
  shipping_rate: "main_supply",
  variant_weight_unit: "g",
} as const
