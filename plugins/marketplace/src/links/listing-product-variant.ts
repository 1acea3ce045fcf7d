import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import MarketplaceModule from "../modules/marketplace"

/** The catalogue variant a listing offers, read through listing.variant_id (no link table). */
export default defineLink(
  { linkable: MarketplaceModule.linkable.listing, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
