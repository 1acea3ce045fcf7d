import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { distributorContext } from "../../utils/distributor-context"
import { respondWithList } from "../../utils/list-response"
import { DISTRIBUTOR_ORDER_FIELDS } from "./order-view"
import type { DistributorGetOrdersType } from "./validators"

/** The distributor's own part of customers' orders, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, DistributorGetOrdersType>, res: MedusaResponse) {
  const context = await distributorContext(req)
  await respondWithList(req, res, "distributor_orders", "distributor_order", DISTRIBUTOR_ORDER_FIELDS, {
    distributor_id: context.distributor_id,
    status: req.validatedQuery.status,
  })
}
