import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createListingsWorkflow } from "../../../workflows/create-listings"
import { distributorContext } from "../../utils/distributor-context"
import { respondWithList } from "../../utils/list-response"
import { LISTING_FIELDS } from "../../utils/query-fields"
import type { GetDistributorListingsType, PostDistributorListingType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, GetDistributorListingsType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const { status, q } = req.validatedQuery
  await respondWithList(req, res, "listings", "listing", LISTING_FIELDS, { distributor_id: context.distributor_id, status, q })
}

/** Offers a catalogue variant (variant_id or variant_sku) or proposes a new product; it waits for review. */
export async function POST(req: AuthenticatedMedusaRequest<PostDistributorListingType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const { draft, ...row } = req.validatedBody
  const { result } = await createListingsWorkflow(req.scope).run({
    input: { distributor_id: context.distributor_id, rows: [row], draft },
  })
  res.status(201).json({ listing: result[0] })
}
