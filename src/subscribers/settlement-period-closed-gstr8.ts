import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { closeTcsPeriodWorkflow } from "@haat/gst/workflows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { wholeIstMonth } from "../lib/ist-month"

type PeriodClosed = { period_start: string; period_end: string; settlement_ids: string[] }

/**
 * When the marketplace has closed a whole IST calendar month for every distributor, every supplier's TCS for
 * that month is in the GST ledger (each settlement posted its own as it closed): the month's GSTR-8 can be
 * prepared. Shorter or longer periods close nothing. Idempotent: closing a GSTR-8 period again changes nothing.
 */
export default async function settlementPeriodClosedGstr8({ event, container }: SubscriberArgs<PeriodClosed>) {
  if (!container.hasRegistration("gst")) return
  const period = wholeIstMonth(new Date(event.data.period_start), new Date(event.data.period_end))
  if (!period) return
  await closeTcsPeriodWorkflow(container).run({ input: { period } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`GSTR-8 period ${period} closed: ${event.data.settlement_ids.length} settlements posted their TCS`)
}

export const config: SubscriberConfig = { event: "settlement.period_closed" }
