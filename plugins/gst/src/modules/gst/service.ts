import { MedusaService } from "@medusajs/framework/utils"
import DocumentSeries from "./models/document-series"
import GstRegistration from "./models/gst-registration"
import HsnCode from "./models/hsn-code"
import HsnRate from "./models/hsn-rate"
import LedgerEntry from "./models/ledger-entry"
import ReturnExport from "./models/return-export"
import TaxDocument from "./models/tax-document"
import TaxDocumentLine from "./models/tax-document-line"

// Keys must match the models' names (gst_hsn_code → GstHsnCode): Query and module links call
// list<Name>s by the model's name, so a key "HsnCode" left listGstHsnCodes undefined.
class GstModuleService extends MedusaService({
  GstRegistration,
  GstHsnCode: HsnCode,
  GstHsnRate: HsnRate,
  DocumentSeries,
  TaxDocument,
  TaxDocumentLine,
  LedgerEntry,
  ReturnExport,
}) {}

export default GstModuleService
