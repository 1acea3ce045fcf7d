import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { closeTcsPeriodWorkflow } from "@haat/gst/workflows"
import { istDate } from "@haat/india"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type PeriodClosed = { period_start: string; period_end: string; settlement_ids: string[] }

/** IST midnight at the start of the month of `day` (YYYY-MM-DD), as an instant. */
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - 330 * 60 * 1000)

/**
 * When the marketplace has closed a whole IST calendar month for every distributor, every supplier's TCS for
 * that month is in the GST ledger (each settlement posted its own as it closed): the month's GSTR-8 can be
 * prepared. Shorter or longer periods close nothing. Idempotent: closing a GSTR-8 period again changes nothing.
 */
export default async function settlementPeriodClosedGstr8({ event, container }: SubscriberArgs<PeriodClosed>) {
  if (!container.hasRegistration("gst")) return
  const start = new Date(event.data.period_start)
  const end = new Date(event.data.period_end)
  const [year, month] = istDate(start).split("-").map(Number)
  const next = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1)
  if (start.getTime() !== monthStart(year, month).getTime() || end.getTime() !== next.getTime()) {
    return
  }
  const period = istDate(start).slice(0, 7)
  await closeTcsPeriodWorkflow(container).run({ input: { period } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`GSTR-8 period ${period} closed: ${event.data.settlement_ids.length} settlements posted their TCS`)
}

export const config: SubscriberConfig = { event: "settlement.period_closed" }
