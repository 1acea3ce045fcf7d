import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithList } from "../../utils/list-response"
import { LISTING_FIELDS } from "../../utils/query-fields"
import type { GetAdminListingsType } from "../validators"

const FIELDS = [
  ...LISTING_FIELDS,
  "distributor.id",
  "distributor.legal_name",
  "distributor.status",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.title",
]

/** Listings across distributors; `status=pending` is the review queue. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, GetAdminListingsType>, res: MedusaResponse) {
  const { status, distributor_id, q } = req.validatedQuery
  await respondWithList(req, res, "listings", "listing", FIELDS, { status, distributor_id, q })
}
