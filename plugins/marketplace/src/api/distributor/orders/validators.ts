import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { DISTRIBUTOR_ORDER_STATUSES } from "../../../modules/marketplace/constants"

export const DistributorGetOrders = createFindParams({ limit: 20, offset: 0, order: "-created_at" }).extend({
  status: z.enum([...DISTRIBUTOR_ORDER_STATUSES]).optional(),
})
export type DistributorGetOrdersType = z.infer<typeof DistributorGetOrders>

export const DistributorShipOrder = z
  .object({
    carrier: z.string().trim().max(80).nullish(),
    tracking_number: z.string().trim().min(3, "tracking_number is the carrier's AWB or consignment number").max(80),
    tracking_url: z.string().trim().url("tracking_url must be a full https:// address").nullish(),
  })
  .strict()
export type DistributorShipOrderType = z.infer<typeof DistributorShipOrder>

export const DistributorCancelLine = z.object({ reason: z.string().trim().max(500).nullish() }).strict()
export type DistributorCancelLineType = z.infer<typeof DistributorCancelLine>

export const DistributorAcceptReturn = z
  .object({ quantity: z.number().int("quantity must be a whole number").min(1, "quantity must be at least 1") })
  .strict()
export type DistributorAcceptReturnType = z.infer<typeof DistributorAcceptReturn>
