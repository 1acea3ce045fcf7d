import { model } from "@medusajs/framework/utils"
import { DISTRIBUTOR_STATUSES, GSTIN_STATUSES } from "../constants"
import DistributorMember from "./distributor-member"
import DistributorOrder from "./distributor-order"
import DistributorStatusChange from "./distributor-status-change"
import KycDocument from "./kyc-document"
import Listing from "./listing"
import Settlement from "./settlement"

/**
 * A business that sells and fulfils part of the catalogue. It supplies under its own GSTIN: an e-commerce
 * operator's suppliers must register for GST whatever their turnover (CGST Act s.24(ix)).
 */
const Distributor = model
  .define("distributor", {
    id: model.id({ prefix: "dist" }).primaryKey(),
    slug: model.text().unique(),
    legal_name: model.text().searchable(),
    trade_name: model.text().searchable().nullable(),
    email: model.text().searchable(),
    phone: model.text().nullable(),
    website: model.text().nullable(),
    description: model.text().nullable(),
    contact_name: model.text().nullable(),
    contact_email: model.text().nullable(),
    contact_phone: model.text().nullable(),
    /** [{ type: "registered" | "pickup" | "billing", address_1, address_2, city, state_code, postal_code }] */
    addresses: model.json().nullable(),
    gstin: model.text().unique().searchable(),
    /** GST state code of the GSTIN (its first two digits): the State the distributor supplies from. */
    state_code: model.text(),
    pan: model.text(),
    /** The GSTIN's standing on the GST portal, set by the admin; anything but active stops the distributor selling. */
    gstin_status: model.enum([...GSTIN_STATUSES]).default("active"),
    gstin_status_reason: model.text().nullable(),
    gstin_status_changed_at: model.dateTime().nullable(),
    bank_account_name: model.text().nullable(),
    bank_ifsc: model.text().nullable(),
    bank_name: model.text().nullable(),
    /** Only the last four digits ever leave the module; the full number is stored encrypted (AES-256-GCM). */
    bank_account_last4: model.text().nullable(),
    bank_account_encrypted: model.text().nullable(),
    status: model.enum([...DISTRIBUTOR_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    verified_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => DistributorMember, { mappedBy: "distributor" }),
    kyc_documents: model.hasMany(() => KycDocument, { mappedBy: "distributor" }),
    status_changes: model.hasMany(() => DistributorStatusChange, { mappedBy: "distributor" }),
    listings: model.hasMany(() => Listing, { mappedBy: "distributor" }),
    distributor_orders: model.hasMany(() => DistributorOrder, { mappedBy: "distributor" }),
    settlements: model.hasMany(() => Settlement, { mappedBy: "distributor" }),
  })
  .indexes([{ on: ["status"] }])

export default Distributor
