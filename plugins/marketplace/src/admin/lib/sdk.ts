import Medusa from "@medusajs/js-sdk"

declare const __BACKEND_URL__: string | undefined

// The admin injects its backend URL at build time; "/" when the admin is served by the backend itself.
const BACKEND_URL = typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"

export const sdk = new Medusa({ baseUrl: BACKEND_URL, auth: { type: "session" } })

/** An absolute link to a backend route (downloads), which works when the admin is served from another origin too. */
export function backendHref(path: string): string {
  return `${BACKEND_URL.replace(/\/+$/, "")}${path}`
}

export type DistributorStatus = "pending" | "in_review" | "verified" | "rejected" | "suspended"

/**
 * The GST registration's own standing (mirrors the server's GSTIN_STATUSES): suspended (CGST Rules r.21A) or
 * cancelled (CGST Act s.29) stops the distributor's listings being bought, whatever its commercial status.
 */
export const GSTIN_STATUSES = ["active", "suspended", "cancelled"] as const
export type GstinStatus = (typeof GSTIN_STATUSES)[number]

export const GSTIN_STATUS_COLOR: Record<GstinStatus, "green" | "orange" | "red"> = {
  active: "green",
  suspended: "orange",
  cancelled: "red",
}

export type Distributor = {
  id: string
  slug: string
  legal_name: string
  trade_name: string | null
  email: string
  phone: string | null
  gstin: string
  state_code: string
  pan: string
  gstin_status: GstinStatus
  gstin_status_reason: string | null
  gstin_status_changed_at: string | null
  bank_account_name: string | null
  bank_ifsc: string | null
  bank_account_last4: string | null
  status: DistributorStatus
  status_reason: string | null
  created_at: string
}

export type KycDocument = {
  id: string
  type: string
  file_url: string
  filename: string | null
  status: "pending" | "approved" | "rejected"
  reason: string | null
  created_at: string
}

export type StatusChange = {
  id: string
  from_status: DistributorStatus | null
  to_status: DistributorStatus
  actor_type: string
  actor_id: string | null
  reason: string | null
  changed_at: string
}

export type DistributorDetail = Distributor & {
  kyc_documents: KycDocument[]
  members: { id: string; email: string; name: string | null; role: string; status: string }[]
  status_changes: StatusChange[]
  stock_locations: { id: string; name: string }[]
}

export type Listing = {
  id: string
  sku: string
  price: number
  mrp: number
  stocked_quantity: number
  status: string
  reason: string | null
  variant_id: string | null
  proposed_product: { title?: string } | null
  distributor: { id: string; legal_name: string; status: DistributorStatus }
  product_variant: { title: string; sku: string | null; product: { title: string } } | null
}

export type CommissionRule = {
  id: string
  name: string | null
  scope: "default" | "distributor" | "category" | "product"
  scope_id: string | null
  type: "percent" | "flat"
  value: number | string
  currency_code: string
  effective_from: string
  effective_to: string | null
  priority: number
  is_active: boolean
}

/** The transitions the status machine allows from each status (mirrors the server's, which has the last word). */
export const NEXT_STATUSES: Record<DistributorStatus, DistributorStatus[]> = {
  pending: ["in_review"],
  in_review: ["verified", "rejected"],
  verified: ["suspended"],
  rejected: ["in_review"],
  suspended: ["verified"],
}

export const STATUS_COLOR: Record<string, "green" | "orange" | "red" | "grey" | "blue"> = {
  pending: "grey",
  in_review: "blue",
  verified: "green",
  approved: "green",
  rejected: "red",
  suspended: "orange",
  paused: "orange",
  draft: "grey",
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function rupees(amount: number | string): string {
  return `₹${Number(amount).toLocaleString("en-IN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}

/** A day as Indians write it, e.g. 21/11/2026, in India time. */
export function indianDate(value: string | Date): string {
  return new Date(value).toLocaleDateString("en-IN", { timeZone: "Asia/Kolkata" })
}
