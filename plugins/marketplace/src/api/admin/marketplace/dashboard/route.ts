import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toCsv } from "../../../../lib/settlement-statement"
import { marketplaceDashboard } from "../../../../workflows/steps/dashboard-queries"
import type { DashboardQueryType } from "../validators"

/** GMV and commission by distributor and distributors by status; ?format=csv downloads the table. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, DashboardQueryType>, res: MedusaResponse) {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { from, to, format } = req.validatedQuery
  const dashboard = await marketplaceDashboard(knex, { from, to })
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.setHeader("Content-Disposition", `attachment; filename="marketplace-dashboard.csv"`)
    res.send(
      toCsv([
        ["Distributor", "Slug", "Status", "Orders", "GMV (INR)", "Commission (INR)"],
        ...dashboard.by_distributor.map((d) => [d.name, d.slug, d.status, String(d.orders), d.gmv, d.commission]),
        ["Total", "", "", String(dashboard.by_distributor.reduce((s, d) => s + d.orders, 0)), dashboard.gmv, dashboard.commission],
      ])
    )
    return
  }
  res.json({ dashboard })
}
