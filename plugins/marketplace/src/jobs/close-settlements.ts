import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { previousIstMonth } from "../lib/settlement"
import { closeSettlementsForPeriod } from "../workflows/close-settlements-for-period"

/**
 * Closes the month before (Indian calendar) for every distributor. It runs daily at 02:00 IST: on the 1st it
 * closes the month; on later days every close finds its settlement and changes nothing, so a server that was
 * down on the 1st still closes the month the next night. Jobs run only in worker or shared mode.
 */
export default async function closeSettlementsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const period = previousIstMonth(new Date())
  const results = await closeSettlementsForPeriod(container, period)
  const created = results.filter((r) => r.created).length
  logger.info(
    `Marketplace settlements for ${period.period_start.toISOString()}–${period.period_end.toISOString()}: ${created} closed, ${results.length - created} already closed`
  )
}

export const config = {
  name: "haat-marketplace-close-settlements",
  // 20:30 UTC is 02:00 IST the next day.
  schedule: "30 20 * * *",
}
