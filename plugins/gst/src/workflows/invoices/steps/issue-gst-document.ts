import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GST_MODULE, GstModuleService } from "../../../modules/gst"
import type { IssueDocumentInput, IssuedDocument } from "../../../modules/gst/service"

/**
 * Issues a tax document (number, document, lines and ledger rows in one transaction). Undoing it cannot
 * delete anything: a number once used stays used and the ledger is append-only, so the document is
 * cancelled and its ledger rows reversed. A replay that found the document already issued undoes nothing.
 */
export const issueGstDocumentStep = createStep(
  "issue-gst-document",
  async (input: IssueDocumentInput, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const issued: IssuedDocument = await gst.issueDocument(input)
    return new StepResponse(issued, issued.created ? issued.id : undefined)
  },
  async (documentId, { container }) => {
    if (!documentId) {
      return
    }
    const gst: GstModuleService = container.resolve(GST_MODULE)
    await gst.cancelDocument({ id: documentId, reason: "issue rolled back: a later step of the workflow failed" })
  }
)

/** Issues several documents together (one transaction); undoing cancels those this run created. */
export const issueGstDocumentsStep = createStep(
  "issue-gst-documents",
  async (input: IssueDocumentInput[], { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    const issued: IssuedDocument[] = await gst.issueDocuments(input)
    return new StepResponse(issued, issued.filter((d) => d.created).map((d) => d.id))
  },
  async (documentIds, { container }) => {
    const gst: GstModuleService = container.resolve(GST_MODULE)
    for (const id of documentIds ?? []) {
      await gst.cancelDocument({ id, reason: "issue rolled back: a later step of the workflow failed" })
    }
  }
)
