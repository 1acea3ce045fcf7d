export const DISTRIBUTOR_STATUSES = ["pending", "in_review", "verified", "rejected", "suspended"] as const
export type DistributorStatus = (typeof DISTRIBUTOR_STATUSES)[number]

/**
 * The GST registration's own standing, apart from the commercial status: a proper officer can suspend a
 * registration while its cancellation is considered (CGST Rules r.21A) or cancel it (CGST Act s.29).
 */
export const GSTIN_STATUSES = ["active", "suspended", "cancelled"] as const
export type GstinStatus = (typeof GSTIN_STATUSES)[number]

export const KYC_DOCUMENT_TYPES = [
  "gst_certificate",
  "pan_card",
  "cancelled_cheque",
  "address_proof",
  "incorporation_certificate",
  "trade_licence",
  "fssai_licence",
  "other",
] as const
export type KycDocumentType = (typeof KYC_DOCUMENT_TYPES)[number]
export const KYC_DOCUMENT_STATUSES = ["pending", "approved", "rejected"] as const

export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const LISTING_STATUSES = ["draft", "pending", "approved", "rejected", "paused"] as const
export type ListingStatus = (typeof LISTING_STATUSES)[number]

export const COMMISSION_SCOPES = ["default", "distributor", "category", "product"] as const
export type CommissionScope = (typeof COMMISSION_SCOPES)[number]

export const DISTRIBUTOR_ORDER_STATUSES = [
  "pending",
  "accepted",
  "packed",
  "shipped",
  "delivered",
  "cancelled",
  "returned",
] as const
