import Medusa from "@medusajs/js-sdk"

declare const __BACKEND_URL__: string | undefined

// The admin injects its backend URL at build time; "/" when the admin is served by the backend itself.
export const sdk = new Medusa({
  baseUrl: typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : "/",
  auth: { type: "session" },
})

export type GstRegistration = {
  id: string
  gstin: string
  legal_name: string
  trade_name: string | null
  state_code: string
  address_line_1: string
  address_line_2: string | null
  city: string
  postal_code: string
  is_default: boolean
  status: "active" | "suspended"
  created_at: string
  /** The stock locations whose goods are supplied under this GSTIN. */
  stock_locations?: { id: string; name: string }[]
}

export type GstRegistrationList = {
  gst_registrations: GstRegistration[]
  count: number
  offset: number
  limit: number
}

/** The message of a failed admin request, as the API worded it. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export type StockLocationGst = {
  stock_location: { id: string; name: string; address?: { city?: string | null; province?: string | null; country_code?: string | null } | null }
  /** The registration linked to the location, if any. */
  gst_registration: Pick<GstRegistration, "id" | "gstin" | "legal_name" | "state_code" | "status" | "is_default"> | null
  /** The registration its goods are invoiced under: the linked one when active, else the default. */
  supplies_under: Pick<GstRegistration, "id" | "gstin" | "legal_name" | "state_code" | "status" | "is_default"> | null
}
