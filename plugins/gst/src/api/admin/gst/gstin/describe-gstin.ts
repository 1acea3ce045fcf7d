import { MedusaError } from "@medusajs/framework/utils"
import { GstinRegistrationType, validateGstin } from "../../../../lib"

export type GstinDescription = {
  gstin: string
  state_code: string
  state_name: string
  pan: string | null
  entity_code: string | null
  registration_type: GstinRegistrationType
}

/** The parts of a valid GSTIN; a 400 with the exact defect otherwise. Shared by the admin and store routes. */
export function describeGstin(value: string): GstinDescription {
  const result = validateGstin(value)
  if (!result.valid) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid GSTIN "${value}": ${result.reason}`)
  }
  return {
    gstin: result.gstin,
    state_code: result.state.code,
    state_name: result.state.name,
    pan: result.pan,
    entity_code: result.entity_code,
    registration_type: result.registration_type,
  }
}
