import { GST_MODULE, GstModuleService } from "@haat/gst/modules/gst"
import { closeSettlementWorkflow } from "@haat/marketplace/workflows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { SupplierDocument, supplyValuesFromDocuments } from "../../marketplace-gst/settlement-supply-values"

/**
 * @haat/marketplace's `supplyValues` hook: with GST on, a distributor's settlement counts each sale and return
 * at the value of the distributor's own tax invoice and credit notes, so its TCS (posted to the GST ledger by
 * the `settlementClosed` hook) and GSTR-8 agree with GSTR-1 to the paisa.
 */
closeSettlementWorkflow.hooks.supplyValues(async ({ gstin, entries }, { container }) => {
  if (!container.hasRegistration(GST_MODULE) || !gstin || !entries.length) {
    return new StepResponse(undefined)
  }
  const gst: GstModuleService = container.resolve(GST_MODULE)
  const orderIds = [...new Set(entries.map((e) => e.order_id))]
  const documents = await gst.listGstTaxDocuments(
    { supplier_gstin: gstin, order_id: orderIds, document_type: ["invoice", "credit_note"] },
    { select: ["id", "number", "document_type", "status", "order_id"], relations: ["lines"], take: null }
  )
  return new StepResponse(supplyValuesFromDocuments(gstin, entries, documents as unknown as SupplierDocument[]))
})
