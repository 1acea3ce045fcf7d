import { GST_STATES } from "@haat/india"
import { MedusaError } from "@medusajs/framework/utils"
import type { DistributorAddress } from "./fields"

function stateName(code: string): string {
  return GST_STATES.find((s) => s.code === code)?.name ?? code
}

/**
 * A GSTIN is registered in one State; the business's places of business under it must be in that State
 * (CGST Act s.22 and s.25(1): one registration per State). A warehouse elsewhere needs that State's GSTIN.
 */
export function checkAddressesInGstinState(addresses: DistributorAddress[], gstinStateCode: string): void {
  const elsewhere = addresses.filter((a) => a.type !== "billing" && a.state !== gstinStateCode)
  if (elsewhere.length) {
    const address = elsewhere[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The ${address.type} address in ${address.city} is in ${stateName(address.state)}, but GSTIN is registered in ${stateName(gstinStateCode)}: register a place of business under that State's GSTIN`
    )
  }
}

/** The ISO code Medusa stores as a stock location's province (lower-case, e.g. in-gj). */
export function provinceFor(stateCode: string): string {
  const iso = GST_STATES.find((s) => s.code === stateCode)?.iso
  return (iso ?? stateCode).toLowerCase()
}
