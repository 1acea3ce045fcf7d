import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateListingWorkflow } from "../../../../workflows/update-listing"
import { distributorContext } from "../../../utils/distributor-context"
import { LISTING_FIELDS } from "../../../utils/query-fields"
import type { PostDistributorListingUpdateType } from "../../validators"

async function ownListing(req: AuthenticatedMedusaRequest, distributorId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "listing",
    fields: LISTING_FIELDS,
    filters: { id: req.params.id, distributor_id: distributorId },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Listing ${req.params.id} was not found`)
  }
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = await distributorContext(req)
  res.json({ listing: await ownListing(req, context.distributor_id) })
}

/**
 * Edits a listing. `status: "paused"` takes an approved listing off sale; `status: "pending"` sends a paused
 * or draft one (back) to review.
 */
export async function POST(req: AuthenticatedMedusaRequest<PostDistributorListingUpdateType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  const listing = await ownListing(req, context.distributor_id)
  const { status, ...changes } = req.validatedBody
  if (status === "paused" && listing.status !== "approved") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only an approved listing can be paused; this one is ${listing.status}`)
  }
  if (status === "pending" && !["paused", "draft"].includes(listing.status)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Only a draft or paused listing can be sent for review; this one is ${listing.status}`
    )
  }
  const statusChange = status ? { status, ...(status === "pending" ? { submitted_at: new Date() } : {}) } : {}
  await updateListingWorkflow(req.scope).run({
    input: { distributor_id: context.distributor_id, update: { id: listing.id, ...changes, ...statusChange } },
  })
  res.json({ listing: await ownListing(req, context.distributor_id) })
}
