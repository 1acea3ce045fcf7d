import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { addressField, gstinField, kycType, listingStatusFilter, panField, rupees, slugField } from "../utils/fields"

/** Profile fields a distributor may set at sign-up and change later. */
const profileFields = {
  trade_name: z.string().trim().min(1).nullish(),
  email: z.string().trim().email().optional(),
  phone: z.string().trim().nullish(),
  website: z.string().trim().url().nullish(),
  description: z.string().trim().nullish(),
  contact_name: z.string().trim().nullish(),
  contact_email: z.string().trim().email().nullish(),
  contact_phone: z.string().trim().nullish(),
}

export const PostDistributorRegister = z
  .object({
    ...profileFields,
    legal_name: z.string().trim().min(1, "legal_name is required: the name on the GST registration"),
    slug: slugField.optional(),
    member_name: z.string().trim().nullish(),
    gstin: gstinField,
    pan: panField,
    addresses: z.array(addressField).min(1, "at least one address is required: the registered place of business"),
  })
  .strict()
export type PostDistributorRegisterType = z.infer<typeof PostDistributorRegister>

export const PostDistributorMe = z
  .object({
    ...profileFields,
    legal_name: z.string().trim().min(1).optional(),
    addresses: z.array(addressField).min(1).optional(),
  })
  .strict()
export type PostDistributorMeType = z.infer<typeof PostDistributorMe>

export const PostDistributorBankDetails = z
  .object({
    account_name: z.string().trim().min(1, "account_name is required: the name on the bank account"),
    account_number: z.string().trim().min(1, "account_number is required"),
    ifsc: z.string().trim().min(1, "ifsc is required"),
    bank_name: z.string().trim().nullish(),
  })
  .strict()
export type PostDistributorBankDetailsType = z.infer<typeof PostDistributorBankDetails>

export const PostDistributorInvite = z
  .object({ email: z.string().trim().toLowerCase().email(), name: z.string().trim().nullish() })
  .strict()
export type PostDistributorInviteType = z.infer<typeof PostDistributorInvite>

export const PostDistributorInviteAccept = z
  .object({ token: z.string().trim().min(1, "token is required"), name: z.string().trim().nullish() })
  .strict()
export type PostDistributorInviteAcceptType = z.infer<typeof PostDistributorInviteAccept>

export const PostKycDocument = z.object({ type: kycType }).strict()
export type PostKycDocumentType = z.infer<typeof PostKycDocument>

const proposedProduct = z
  .object({
    title: z.string().trim().min(1, "proposed_product.title is required"),
    description: z.string().trim().nullish(),
    hsn_code: z.string().trim().regex(/^\d{4}(\d{2})?(\d{2})?$/, "hsn_code: 4, 6 or 8 digits").nullish(),
    brand: z.string().trim().nullish(),
    variant_title: z.string().trim().nullish(),
  })
  .strict()

export const PostDistributorListing = z
  .object({
    variant_id: z.string().trim().min(1).optional(),
    variant_sku: z.string().trim().min(1).optional(),
    proposed_product: proposedProduct.optional(),
    sku: z.string().trim().min(1, "sku is required: your own SKU for this item"),
    price: rupees,
    mrp: rupees,
    stock_location_id: z.string().optional(),
    stocked_quantity: z.number().int().min(0, "stocked_quantity cannot be negative").optional(),
    low_stock_threshold: z.number().int().min(0, "low_stock_threshold cannot be negative").optional(),
    draft: z.boolean().optional(),
  })
  .strict()
export type PostDistributorListingType = z.infer<typeof PostDistributorListing>

export const PostDistributorListingUpdate = z
  .object({
    sku: z.string().trim().min(1).optional(),
    price: rupees.optional(),
    mrp: rupees.optional(),
    proposed_product: proposedProduct.optional(),
    stock_location_id: z.string().optional(),
    stocked_quantity: z.number().int().min(0, "stocked_quantity cannot be negative").optional(),
    low_stock_threshold: z.number().int().min(0, "low_stock_threshold cannot be negative").optional(),
    status: z.enum(["paused", "pending"]).optional(),
  })
  .strict()
export type PostDistributorListingUpdateType = z.infer<typeof PostDistributorListingUpdate>

export const GetDistributorListings = createFindParams({ limit: 50, offset: 0 }).extend({
  status: listingStatusFilter.optional(),
  q: z.string().optional(),
})
export type GetDistributorListingsType = z.infer<typeof GetDistributorListings>

export const GetDistributorList = createFindParams({ limit: 50, offset: 0 })
export type GetDistributorListType = z.infer<typeof GetDistributorList>
