import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { GetLedgerBalances, GetLedgerEntries, PostLedgerReverse } from "../ledger/validators"
import { TAX_DOCUMENT_LIST_FIELDS } from "./helpers"
import { GetMissingInvoices, GetTaxDocuments, PostCreditNote, PostTaxInvoice } from "./validators"
import { GetStoreTaxDocuments } from "../../../store/gst/invoices/validators"

const listConfig = { defaults: TAX_DOCUMENT_LIST_FIELDS, isList: true }

/** Routes of tax invoices, credit notes and the GST ledger (admin), and a customer's own invoices (store). */
export const invoiceRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/gst/invoices", middlewares: [validateAndTransformQuery(GetTaxDocuments, listConfig)] },
  { method: ["POST"], matcher: "/admin/gst/invoices", middlewares: [validateAndTransformBody(PostTaxInvoice)] },
  {
    method: ["GET"],
    matcher: "/admin/gst/invoices/missing",
    middlewares: [validateAndTransformQuery(GetMissingInvoices, { defaults: ["id"], isList: true })],
  },
  {
    method: ["POST"],
    matcher: "/admin/gst/invoices/:id/credit-notes",
    middlewares: [validateAndTransformBody(PostCreditNote)],
  },
  {
    method: ["GET"],
    matcher: "/admin/gst/ledger",
    middlewares: [
      validateAndTransformQuery(GetLedgerEntries, {
        defaults: [
          "id",
          "entry_type",
          "source_type",
          "source_id",
          "gstin",
          "counterparty_gstin",
          "period",
          "entry_date",
          "tax_head",
          "taxable_value",
          "amount",
          "reverses_entry_id",
          "note",
          "rate",
          "supplies_value",
          "returns_value",
          "buyer_registered",
          "created_at",
        ],
        isList: true,
      }),
    ],
  },
  { method: ["GET"], matcher: "/admin/gst/ledger/balances", middlewares: [validateAndTransformQuery(GetLedgerBalances, {})] },
  { method: ["POST"], matcher: "/admin/gst/ledger/:id/reverse", middlewares: [validateAndTransformBody(PostLedgerReverse)] },
  {
    method: ["GET"],
    matcher: "/store/gst/invoices*",
    middlewares: [authenticate("customer", ["session", "bearer"])],
  },
  {
    method: ["GET"],
    matcher: "/store/gst/invoices",
    middlewares: [validateAndTransformQuery(GetStoreTaxDocuments, { defaults: TAX_DOCUMENT_LIST_FIELDS, isList: true })],
  },
]
