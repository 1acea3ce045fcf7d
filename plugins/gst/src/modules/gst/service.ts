import { MedusaService } from "@medusajs/framework/utils"
import DocumentSeries from "./models/document-series"
import GstRegistration from "./models/gst-registration"
import HsnCode from "./models/hsn-code"
import HsnRate from "./models/hsn-rate"
import LedgerEntry from "./models/ledger-entry"
import ReturnExport from "./models/return-export"
import TaxDocument from "./models/tax-document"
import TaxDocumentLine from "./models/tax-document-line"

// Keys spell the models' names (gst_hsn_code → GstHsnCode): Query and module links call list<Key>s on the
// service by the model name, so `query.graph({ entity: "gst_hsn_code" })` needs listGstHsnCodes.
class GstModuleService extends MedusaService({
  GstRegistration,
  GstHsnCode: HsnCode,
  GstHsnRate: HsnRate,
  GstDocumentSeries: DocumentSeries,
  GstTaxDocument: TaxDocument,
  GstTaxDocumentLine: TaxDocumentLine,
  GstLedgerEntry: LedgerEntry,
  GstReturnExport: ReturnExport,
}) {}

export default GstModuleService
