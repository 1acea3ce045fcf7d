import { MARKETPLACE_SERVICE_SAC } from "@haat/gst/workflows/invoices/build-service-invoice"
import { issueServiceInvoiceWorkflow, postTcsCollectionWorkflow } from "@haat/gst/workflows"
import { formatMoney, istDate } from "@haat/india"
import { GST_ON_COMMISSION_RATE } from "@haat/marketplace/lib/settlement"
import { paiseOf } from "@haat/marketplace/lib/settlement-money"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadSettlementGstStep } from "./steps/load-settlement-gst"
import { recordSettlementGstStep } from "./steps/record-settlement-gst"

const readInvoiceStep = createStep("read-commission-invoice", async (input: { id: string } | undefined, { container }) => {
  if (!input?.id) return new StepResponse(null)
  const gst = container.resolve<{ listGstTaxDocuments: (f: Record<string, unknown>) => Promise<Record<string, unknown>[]> }>("gst")
  const [doc] = await gst.listGstTaxDocuments({ id: input.id })
  // Exact decimal text from each head's raw value, never a float.
  const head = (name: "igst" | "cgst" | "sgst" | "utgst") => formatMoney(paiseOf(doc[`raw_${name}`] ?? doc[name]))
  return new StepResponse({
    id: String(doc.id),
    number: String(doc.number),
    issue_date: String(doc.issue_date),
    igst: head("igst"),
    cgst: head("cgst"),
    sgst: head("sgst"),
    utgst: head("utgst"),
  })
})

/**
 * The GST side of a closed marketplace settlement (app glue: @haat/marketplace and @haat/gst never import each
 * other). The settlement is the one source of the figures:
 *  1. the operator's tax invoice to the distributor for the period's commission (SAC 998599, 18%, CGST + SGST
 *     when the distributor's GSTIN is in the operator's State, IGST otherwise), keyed by the settlement;
 *  2. the settlement's TCS groups posted to the GST ledger (CGST Act s.52), keyed by the settlement;
 *  3. both references written onto the settlement, which then deducts exactly the invoice's GST.
 * Every step is idempotent and undone if a later one fails; a settlement already recorded is left alone.
 */
export const recordSettlementGstWorkflow = createWorkflow("record-settlement-gst", (input: { settlement_id: string }) => {
  const loaded = loadSettlementGstStep(input)

  const invoiceInput = transform({ loaded }, ({ loaded }) =>
    !loaded.recorded && loaded.commission !== "0.00"
      ? {
          idempotency_key: `commission_invoice:${loaded.settlement_id}`,
          buyer: { gstin: loaded.distributor.gstin, legal_name: loaded.distributor.legal_name, address: loaded.distributor.address },
          lines: [
            {
              description: `Marketplace commission, ${loaded.period} (settlement ${loaded.settlement_id})`,
              sac: MARKETPLACE_SERVICE_SAC,
              taxable_value: loaded.commission,
              rate: GST_ON_COMMISSION_RATE,
            },
          ],
          reason: null,
          metadata: { settlement_id: loaded.settlement_id, period: loaded.period },
        }
      : null
  )
  const issued = when("issue-commission-invoice", { invoiceInput }, ({ invoiceInput }) => !!invoiceInput).then(() =>
    issueServiceInvoiceWorkflow.runAsStep({ input: invoiceInput as unknown as Parameters<typeof issueServiceInvoiceWorkflow.runAsStep>[0]["input"] })
  )

  const tcsInput = transform({ loaded }, ({ loaded }) =>
    !loaded.recorded && loaded.tcs_groups.length
      ? {
          source_type: "marketplace_settlement",
          source_id: loaded.settlement_id,
          counterparty_gstin: loaded.distributor.gstin,
          period: loaded.period,
          entry_date: istDate(new Date()),
          groups: loaded.tcs_groups,
        }
      : null
  )
  const posted = when("post-settlement-tcs", { tcsInput }, ({ tcsInput }) => !!tcsInput).then(() =>
    postTcsCollectionWorkflow.runAsStep({ input: tcsInput as unknown as Parameters<typeof postTcsCollectionWorkflow.runAsStep>[0]["input"] })
  )

  const invoiceRef = transform({ issued }, ({ issued }) => (issued ? { id: issued.id } : undefined))
  const invoice = readInvoiceStep(invoiceRef)

  const record = transform({ loaded, invoice, posted, tcsInput }, ({ loaded, invoice, posted, tcsInput }) =>
    loaded.recorded
      ? null
      : {
          settlement_id: loaded.settlement_id,
          invoice,
          tcs: posted && tcsInput ? { period: tcsInput.period, entries: posted.entry_ids.length } : null,
        }
  )
  when("record-settlement-gst", { record }, ({ record }) => !!record).then(() => recordSettlementGstStep(record as never))
  return new WorkflowResponse({ invoice, posted })
})
