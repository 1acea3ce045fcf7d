/** Shapes of /admin/gst/returns responses, as the returns page reads them (amounts are exact decimal strings). */

export type GstReturnType = "GSTR1" | "GSTR3B"

export type SectionTotals = {
  section: string
  documents: number
  txval: string
  iamt: string
  camt: string
  samt: string
  csamt: string
}

export type Gstr1Summary = {
  return_type: "GSTR1"
  gstin: string
  period: string
  fp: string
  sections: SectionTotals[]
  inconsistencies: {
    count: number
    documents: Array<{ number: string; document_type: string; issue_date: string; stored_as: string; reported_as: string; reason: string }>
  }
}

type Heads = Record<string, string>
type InterState = Array<{ pos: string; txval: string; iamt: string }>

export type Gstr3bSummary = {
  return_type: "GSTR3B"
  gstin: string
  period: string
  gstr3b: {
    ret_period: string
    sup_details: { osup_det: Heads; osup_zero: Heads; osup_nil_exmp: Heads; isup_rev: Heads; osup_nongst: Heads }
    inter_sup: { unreg_details: InterState; comp_details: InterState; uin_details: InterState }
  }
  outward_reverse_charge: Heads
  ledger: {
    ledger: Record<"IGST" | "CGST" | "SGST_UTGST" | "CESS", string>
    returns: Record<"IGST" | "CGST" | "SGST_UTGST" | "CESS", string>
    matches: boolean
  }
}

export type ReturnPreview = Gstr1Summary | Gstr3bSummary

export type ReturnExport = {
  id: string
  return_type: GstReturnType
  gstin: string
  period: string
  status: "pending" | "running" | "done" | "failed"
  progress: number
  error: string | null
  summary?: ReturnPreview | null
}

/** The CSV files of a GSTR-1 export, named as the offline tool's worksheets. */
export const GSTR1_CSV_SECTIONS = ["b2b", "b2cl", "b2cs", "exp", "cdnr", "cdnur", "hsn", "hsn_b2b", "hsn_b2c", "docs"] as const

export const SECTION_LABELS: Record<string, string> = {
  b2b: "B2B, SEZ (4A, 4B, 6B, 6C)",
  b2cl: "B2C Large (5)",
  b2cs: "B2C Others (7)",
  exp: "Exports (6A)",
  cdnr: "Credit notes, registered (9B)",
  cdnur: "Credit notes, unregistered (9B)",
}
