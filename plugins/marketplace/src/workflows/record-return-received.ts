import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordReceivedReturnStep } from "./steps/record-received-return"

export type RecordReturnReceivedInput = { order_id: string; return_id: string }

/**
 * Counts a received Medusa return on the distributor orders it concerns (see recordReceivedReturnStep). It runs
 * from Medusa's order.return_received and inside the distributor's own return route, so it holds a lock on the
 * order: the second of two runs for one return waits, then finds the return counted and changes nothing.
 */
export const recordReturnReceivedWorkflow = createWorkflow("record-return-received", (input: RecordReturnReceivedInput) => {
  const key = transform({ input }, ({ input }) => `marketplace-return:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const recorded = recordReceivedReturnStep({ return_id: input.return_id })
  releaseLockStep({ key })
  return new WorkflowResponse(recorded)
})
