import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateDistributorWorkflow } from "../../../workflows/update-distributor"
import { checkAddressesInGstinState } from "../../utils/address-rules"
import { distributorContext, requireOwner } from "../../utils/distributor-context"
import { DISTRIBUTOR_FIELDS, MEMBER_FIELDS } from "../../utils/query-fields"
import type { PostDistributorMeType } from "../validators"

async function readOwnDistributor(req: AuthenticatedMedusaRequest, distributorId: string, memberId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "distributor",
    fields: [...DISTRIBUTOR_FIELDS, "stock_locations.id", "stock_locations.name"],
    filters: { id: distributorId },
  })
  const { data: members } = await query.graph({
    entity: "distributor_member",
    fields: MEMBER_FIELDS,
    filters: { id: memberId },
  })
  return { distributor: data[0], member: members[0] }
}

/** The logged-in member and the distributor it acts for (bank account shown by its last four digits only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const context = await distributorContext(req)
  res.json(await readOwnDistributor(req, context.distributor_id, context.member_id))
}

export async function POST(req: AuthenticatedMedusaRequest<PostDistributorMeType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  requireOwner(context, "change the company profile")
  const body = req.validatedBody
  if (body.addresses) {
    const { distributor } = await readOwnDistributor(req, context.distributor_id, context.member_id)
    checkAddressesInGstinState(body.addresses, distributor.state_code)
  }
  await updateDistributorWorkflow(req.scope).run({ input: { id: context.distributor_id, ...body } })
  res.json(await readOwnDistributor(req, context.distributor_id, context.member_id))
}
