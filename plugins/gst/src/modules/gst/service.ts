import { MedusaService } from "@medusajs/framework/utils"
import DocumentSeries from "./models/document-series"
import GstRegistration from "./models/gst-registration"
import HsnCode from "./models/hsn-code"
import HsnRate from "./models/hsn-rate"
import LedgerEntry from "./models/ledger-entry"
import ReturnExport from "./models/return-export"
import TaxDocument from "./models/tax-document"
import TaxDocumentLine from "./models/tax-document-line"
import { withGstReturns } from "./returns/service-mixin"

class GstModuleService extends withGstReturns(
  MedusaService({
    GstRegistration,
    HsnCode,
    HsnRate,
    DocumentSeries,
    TaxDocument,
    TaxDocumentLine,
    LedgerEntry,
    ReturnExport,
  })
) {}

export default GstModuleService
