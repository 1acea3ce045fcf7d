import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

const REGISTRATION_FIELDS = ["id", "gstin", "legal_name", "trade_name", "state_code", "status", "is_default"]
const LOCATION_FIELDS = ["id", "name", "address.city", "address.province", "address.country_code"]

type Query = { graph: (config: { entity: string; fields: string[]; filters: Record<string, unknown> }) => Promise<{ data: unknown[] }> }

type LinkedLocation = { id: string; name: string; address?: Record<string, unknown> | null }

/** A registration with the stock locations that supply under it (link stock_location ↔ gst_registration). */
export async function registrationWithLocations(scope: MedusaContainer, id: string) {
  const query: Query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [registration],
  } = await query.graph({
    entity: "gst_registration",
    fields: [...REGISTRATION_FIELDS, "address_line_1", "city", "postal_code", ...LOCATION_FIELDS.map((f) => `stock_locations.${f}`)],
    filters: { id },
  })
  if (!registration) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `GST registration ${id} was not found`)
  }
  const row = registration as Record<string, unknown> & { stock_locations?: (LinkedLocation | null)[] | null }
  const stock_locations = (row.stock_locations ?? []).filter((l): l is LinkedLocation => !!l).sort((a, b) => a.name.localeCompare(b.name))
  return { ...row, stock_locations }
}

/**
 * A stock location, the registration linked to it, and the one its goods are actually supplied under:
 * the linked one when active, else the default registration, as invoices resolve it.
 */
export async function stockLocationGst(scope: MedusaContainer, id: string) {
  const query: Query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [location],
  } = await query.graph({
    entity: "stock_location",
    fields: [...LOCATION_FIELDS, ...REGISTRATION_FIELDS.map((f) => `gst_registration.${f}`)],
    filters: { id },
  })
  if (!location) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${id} was not found`)
  }
  const { gst_registration, ...stock_location } = location as LinkedLocation & { gst_registration?: Record<string, unknown> | null }
  const linked = gst_registration ?? null
  let supplies_under = linked && linked.status === "active" ? linked : null
  if (!supplies_under) {
    const { data: defaults } = await query.graph({
      entity: "gst_registration",
      fields: REGISTRATION_FIELDS,
      filters: { is_default: true, status: "active" },
    })
    supplies_under = (defaults[0] as Record<string, unknown> | undefined) ?? null
  }
  return { stock_location, gst_registration: linked, supplies_under }
}
