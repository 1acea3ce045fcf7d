/**
 * Fields a distributor is shown as. The encrypted account number is never among them: a response carries
 * only bank_account_last4.
 */
export const DISTRIBUTOR_FIELDS = [
  "id",
  "slug",
  "legal_name",
  "trade_name",
  "email",
  "phone",
  "website",
  "description",
  "contact_name",
  "contact_email",
  "contact_phone",
  "addresses",
  "gstin",
  "state_code",
  "pan",
  "gstin_status",
  "gstin_status_reason",
  "gstin_status_changed_at",
  "bank_account_name",
  "bank_ifsc",
  "bank_name",
  "bank_account_last4",
  "status",
  "status_reason",
  "verified_at",
  "created_at",
  "updated_at",
]

export const MEMBER_FIELDS = ["id", "email", "name", "role", "status", "invited_by", "created_at"]

export const KYC_FIELDS = [
  "id",
  "distributor_id",
  "type",
  "file_id",
  "file_url",
  "filename",
  "mime_type",
  "status",
  "uploaded_by",
  "reviewed_by",
  "reviewed_at",
  "reason",
  "created_at",
]

export const STATUS_CHANGE_FIELDS = ["id", "from_status", "to_status", "actor_type", "actor_id", "reason", "changed_at"]

export const LISTING_FIELDS = [
  "id",
  "distributor_id",
  "product_id",
  "variant_id",
  "proposed_product",
  "sku",
  "price",
  "mrp",
  "currency_code",
  "stock_location_id",
  "stocked_quantity",
  "low_stock_threshold",
  "status",
  "submitted_at",
  "reviewed_by",
  "reviewed_at",
  "reason",
  "created_at",
  "updated_at",
]

export const COMMISSION_RULE_FIELDS = [
  "id",
  "name",
  "scope",
  "scope_id",
  "type",
  "value",
  "currency_code",
  "effective_from",
  "effective_to",
  "priority",
  "is_active",
  "created_at",
  "updated_at",
]
