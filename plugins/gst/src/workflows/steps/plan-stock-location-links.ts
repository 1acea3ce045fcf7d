import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { resolveState } from "../../lib"
import { GST_MODULE } from "../../modules/gst"

/**
 * What to change, from one of two screens:
 * - a registration's page: `add` these locations to it, `remove` these from it. A location that already
 *   supplies under another registration is refused (409): moving goods to another GSTIN is a choice the
 *   merchant makes on the location itself.
 * - a location's page: it supplies under `gst_registration_id` from now on (null: under none, so the
 *   default registration applies); whatever it was linked to before is unlinked.
 */
export type PlanStockLocationLinksInput =
  | { gst_registration_id: string; add: string[]; remove: string[] }
  | { stock_location_id: string; gst_registration_id: string | null }

export type StockLocationLink = { stock_location_id: string; gst_registration_id: string }

export type StockLocationLinksPlan = {
  create: StockLocationLink[]
  dismiss: StockLocationLink[]
  unchanged: string[]
}

type Registration = { id: string; gstin: string; state_code: string; status: string; legal_name: string }
type Location = {
  id: string
  name: string
  address?: { country_code?: string | null; province?: string | null } | null
  gst_registration?: { id: string; gstin: string } | null
}

async function findRegistration(container: MedusaContainer, id: string): Promise<Registration> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [registration],
  } = await query.graph({ entity: "gst_registration", fields: ["id", "gstin", "state_code", "status", "legal_name"], filters: { id } })
  if (!registration) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `GST registration ${id} was not found`)
  }
  return registration as Registration
}

/** Stock locations with their address and current registration, in the order asked; unknown ids refused. */
async function findLocations(container: MedusaContainer, ids: string[], notFound: "404" | "400"): Promise<Location[]> {
  if (!ids.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "address.country_code", "address.province", "gst_registration.id", "gst_registration.gstin"],
    filters: { id: ids },
  })
  const found = new Map((data as Location[]).map((l) => [l.id, l]))
  const unknown = ids.filter((id) => !found.has(id))
  if (unknown.length) {
    const message = `Unknown stock location ${unknown.join(", ")}: it is not one of this store's locations (Settings → Locations & Shipping)`
    throw new MedusaError(notFound === "404" ? MedusaError.Types.NOT_FOUND : MedusaError.Types.INVALID_DATA, message)
  }
  return ids.map((id) => found.get(id)!)
}

/**
 * A registration covers the places of business in its own State: a person registers in every State from
 * which taxable supplies are made (CGST Act s.22(1), s.25(1)), so goods leaving a warehouse in Maharashtra
 * are supplied under the Maharashtra GSTIN. A location whose address names another State is refused; one
 * without a State in its address cannot be checked and is accepted.
 */
function checkState(location: Location, registration: Registration) {
  const country = location.address?.country_code?.toLowerCase()
  if (country && country !== "in") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Stock location "${location.name}" is outside India (${country.toUpperCase()}): a GSTIN covers places of business in India only`
    )
  }
  const province = location.address?.province
  const state = province ? resolveState(province) : null
  if (state && state.code !== registration.state_code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Stock location "${location.name}" is in ${state.name} (${state.code}) but GSTIN ${registration.gstin} is registered in State ${registration.state_code}: goods are supplied under the registration of the State they leave from (CGST Act s.22(1), s.25(1))`
    )
  }
}

function checkActive(registration: Registration) {
  if (registration.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `GST registration ${registration.gstin} is ${registration.status}: reactivate it before linking stock locations to it`
    )
  }
}

/** Reads and checks everything first and writes nothing, so a refused request leaves every link as it was. */
export const planStockLocationLinksStep = createStep(
  "plan-stock-location-links",
  async (input: PlanStockLocationLinksInput, { container }) => {
    const plan: StockLocationLinksPlan = { create: [], dismiss: [], unchanged: [] }

    if ("stock_location_id" in input) {
      const [location] = await findLocations(container, [input.stock_location_id], "404")
      const current = location.gst_registration?.id ?? null
      if (current === input.gst_registration_id) {
        plan.unchanged.push(location.id)
        return new StepResponse(plan)
      }
      if (input.gst_registration_id) {
        const registration = await findRegistration(container, input.gst_registration_id)
        checkActive(registration)
        checkState(location, registration)
        plan.create.push({ stock_location_id: location.id, gst_registration_id: registration.id })
      }
      if (current) {
        plan.dismiss.push({ stock_location_id: location.id, gst_registration_id: current })
      }
      return new StepResponse(plan)
    }

    const registration = await findRegistration(container, input.gst_registration_id)
    const add = [...new Set(input.add)]
    const remove = [...new Set(input.remove)]
    const overlap = add.filter((id) => remove.includes(id))
    if (overlap.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${overlap.join(", ")} is both in add and in remove`)
    }
    const locations = await findLocations(container, [...add, ...remove], "400")
    for (const location of locations.slice(0, add.length)) {
      const current = location.gst_registration
      if (current?.id === registration.id) {
        plan.unchanged.push(location.id)
        continue
      }
      if (current) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `Stock location "${location.name}" already supplies under GSTIN ${current.gstin}; a location has one registration. Remove it there first, or change it on the location's page`
        )
      }
      checkActive(registration)
      checkState(location, registration)
      plan.create.push({ stock_location_id: location.id, gst_registration_id: registration.id })
    }
    for (const location of locations.slice(add.length)) {
      if (location.gst_registration?.id === registration.id) {
        plan.dismiss.push({ stock_location_id: location.id, gst_registration_id: registration.id })
      } else {
        plan.unchanged.push(location.id)
      }
    }
    return new StepResponse(plan)
  }
)

/** The shape Medusa's Link takes (createRemoteLinkStep / dismissRemoteLinkStep) for one link row. */
export function toStockLocationLink(link: StockLocationLink) {
  return {
    [Modules.STOCK_LOCATION]: { stock_location_id: link.stock_location_id },
    [GST_MODULE]: { gst_registration_id: link.gst_registration_id },
  }
}
