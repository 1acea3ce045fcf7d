/**
 * Set-based SQL for GSTR-1 and GSTR-3B. Every section is one statement grouped over the period's documents
 * (index gst_tax_document(supplier_gstin, period, document_type)) and their lines (index on document_id).
 *
 * Amounts never pass through a JavaScript number: sums are PostgreSQL `numeric`, rounded to the paisa with
 * round(x, 2), and rendered by json_build_object / to_char as exact literals ("1234.50").
 * Positional parameters are written `?` (MikroORM / knex bindings).
 */

import { GST_STATES } from "@haat/india"
import { B2CL_THRESHOLDS, EXPORT_PLACE_OF_SUPPLY, UQC_LABELS } from "./rules"

/** Temporary tables of one GSTR-1 preparation; they live only inside its transaction. */
export const DOCS_TABLE = "gst_r1_docs"
export const LINES_TABLE = "gst_r1_lines"
export const ITEMS_TABLE = "gst_r1_items"
export const TOTALS_TABLE = "gst_r1_totals"

function thresholdCase(dateExpr: string): string {
  const steps = [...B2CL_THRESHOLDS].reverse()
  const whens = steps.map((step) => `WHEN ${dateExpr} >= '${step.from}' THEN ${step.above}`).join(" ")
  return `(CASE ${whens} ELSE ${B2CL_THRESHOLDS[0].above} END)`
}

/**
 * The part of a document's GSTR-1 table that its own columns decide: "exp", "b2b", or else its place of supply
 * (B2C, Large or Others, by value and State). `column` qualifies a column name (`d.` in queries, bare in the
 * statistics object of migration Migration20261122080000, whose expression must stay identical to this one:
 * the planner estimates the GSTR-1 grouping from it).
 */
export function sectionKey(column: (name: string) => string): string {
  const pos = column("place_of_supply")
  return `(CASE WHEN ${column("supply_type")} = 'exp' OR ${pos} = '${EXPORT_PLACE_OF_SUPPLY}' THEN 'exp' WHEN COALESCE(${column("buyer_gstin")}, '') <> '' THEN 'b2b' ELSE ${pos} END)`
}

/**
 * The GSTR-1 table each document belongs to by law (see classifySupply in ./rules.ts). A credit note follows
 * the invoice it adjusts: its value and date decide B2C Large; when that invoice is not on file the
 * classification stored on the note stands.
 */
const SECTION = `(CASE
  WHEN d.supply_type = 'exp' OR d.place_of_supply = '${EXPORT_PLACE_OF_SUPPLY}' THEN 'exp'
  WHEN COALESCE(d.buyer_gstin, '') <> '' THEN 'b2b'
  WHEN d.place_of_supply = d.supplier_state_code THEN 'b2cs'
  WHEN d.document_type = 'credit_note' AND o.id IS NULL THEN (CASE WHEN d.supply_type = 'b2cl' THEN 'b2cl' ELSE 'b2cs' END)
  WHEN COALESCE(o.total, d.total) > ${thresholdCase("COALESCE(o.issue_date, d.issue_date)")} THEN 'b2cl'
  ELSE 'b2cs' END)`

/**
 * One row per document of (GSTIN, period), cancelled ones included (Table 13 counts them). A credit note's original
 * invoice is looked up by its id, for notes only: hashing every document on file would cost more (OFFSET 0 keeps
 * PostgreSQL from turning the lookup back into such a join). Binds: gstin, period.
 */
export const DOCS_SELECT = `SELECT d.id, d.document_type, d.series_id, d.number, d.issue_date, d.status,
  NULLIF(d.buyer_gstin, '') AS buyer_gstin, d.buyer_name, d.place_of_supply AS pos, d.supplier_state_code,
  d.supply_type, d.sez, d.reverse_charge, abs(d.total) AS total, d.metadata,
  (d.place_of_supply = d.supplier_state_code) AS intra,
  (d.document_type = 'credit_note') AS is_note,
  (CASE WHEN d.export_type IS NOT NULL THEN d.export_type WHEN abs(d.igst) > 0 THEN 'WPAY' ELSE 'WOPAY' END) AS pay_type,
  abs(o.total) AS original_total, COALESCE(o.issue_date, d.original_issue_date) AS original_date,
  ${SECTION} AS section
FROM gst_tax_document d
LEFT JOIN LATERAL (
  SELECT o.id, o.total, o.issue_date FROM gst_tax_document o
  WHERE d.document_type = 'credit_note' AND o.id = d.original_document_id AND o.deleted_at IS NULL
  OFFSET 0
) o ON true
WHERE d.supplier_gstin = ? AND d.period = ? AND d.deleted_at IS NULL`

export const CREATE_DOCS = `CREATE TEMP TABLE ${DOCS_TABLE} ON COMMIT DROP AS ${DOCS_SELECT}`

/** An inter-State invoice to an unregistered person above the B2C Large threshold of its date (see SECTION). */
const ABOVE_B2CL_THRESHOLD = `(d.place_of_supply <> d.supplier_state_code AND d.total > ${thresholdCase("d.issue_date")})`

/** Per document, HSN, UQC and rate: what GSTR-1 reads instead of the lines (migration Migration20261122100000). */
export const ROLLUP_TABLE = "gst_tax_document_rollup"
/** Per document and rate, for the documents that may be reported invoice-wise: the items of B2B, B2CL, exports and notes. */
export const RATE_ROLLUP_TABLE = "gst_tax_document_rate_rollup"

/** A document that may be reported invoice-wise; only B2C Others (Table 7) never is, and its facts never change. */
const MAY_BE_INVOICE_WISE = `(is_note OR section_key IN ('exp', 'b2b') OR large)`

/**
 * Writes the rollup rows of the given documents: their lines summed per HSN, reported UQC and rate, amounts in
 * paise and quantities in thousandths as bigint (lines are rounded to the paisa and quantities exact to 3
 * decimals, so the conversion is exact), beside the document's own facts that decide its GSTR-1 table: whether it
 * is a credit note, its section key, whether it is intra-State and above the B2C Large threshold of its date.
 * Those facts never change once a document is issued; only its status does, so GSTR-1 leaves out cancelled
 * documents by their status. The same statement sums those rows per rate for documents that may be reported
 * invoice-wise. The service runs it in the transaction that issues the documents; the benchmark and the backfill
 * of migration Migration20261122100000 run it as it is. Append-only: never updated. Binds: document ids (text[]).
 */
export const INSERT_ROLLUP = `WITH rollup AS (
INSERT INTO ${ROLLUP_TABLE} (document_id, supplier_gstin, period, is_note, section_key, intra, large,
  hsn_code, uqc, rate, qty, total, txval, iamt, camt, samt, csamt)
SELECT d.id, d.supplier_gstin, d.period, (d.document_type = 'credit_note'), ${sectionKey((name) => `d.${name}`)},
  (d.place_of_supply = d.supplier_state_code), ${ABOVE_B2CL_THRESHOLD},
  l.hsn_code, l.reported_uqc, l.rate, (SUM(l.reported_quantity) * 1000)::int8, (SUM(l.total) * 100)::int8,
  (SUM(l.taxable_value) * 100)::int8, (SUM(l.igst) * 100)::int8, (SUM(l.cgst) * 100)::int8,
  (SUM(l.sgst + l.utgst) * 100)::int8, (SUM(l.cess) * 100)::int8
FROM gst_tax_document d
JOIN gst_tax_document_line l ON l.document_id = d.id AND l.deleted_at IS NULL
WHERE d.id = ANY(?::text[])
GROUP BY d.id, l.hsn_code, l.reported_uqc, l.rate
RETURNING *
)
INSERT INTO ${RATE_ROLLUP_TABLE} (document_id, supplier_gstin, period, rate, txval, iamt, camt, samt, csamt)
SELECT document_id, supplier_gstin, period, rate, SUM(txval)::int8, SUM(iamt)::int8, SUM(camt)::int8, SUM(samt)::int8, SUM(csamt)::int8
FROM rollup WHERE ${MAY_BE_INVOICE_WISE}
GROUP BY document_id, supplier_gstin, period, rate`

/**
 * The period's rollup rows of documents still issued. The cancelled and deleted ones are few, found through the
 * documents' (GSTIN, period) index (the binds, not the rollup's columns, so PostgreSQL reads only the period's
 * documents). Binds: gstin, period, gstin, period.
 */
const PERIOD_ROLLUP = `FROM ${ROLLUP_TABLE} r
WHERE r.supplier_gstin = ? AND r.period = ? AND NOT EXISTS (
  SELECT 1 FROM gst_tax_document c
  WHERE c.id = r.document_id AND c.supplier_gstin = ? AND c.period = ? AND (c.status <> 'issued' OR c.deleted_at IS NOT NULL))`

/**
 * The period's invoices (credit notes apart) in one pass over the rollup, by what decides their GSTR-1 table —
 * the section key, intra-State or not, above the B2C Large threshold or not — and by HSN, UQC and rate: the few
 * groups that B2C Others, Table 12 and the section totals need. It reads no other table than the rollup (and the
 * few cancelled documents), so PostgreSQL aggregates it in parallel workers; the rollup's statistics on these
 * columns tell it how few groups there are. For an invoice SECTION reduces to this key: it has no original
 * document. Sums are paise and thousandths. Binds: gstin, period, gstin, period.
 */
export const CREATE_LINES = `CREATE TEMP TABLE ${LINES_TABLE} ON COMMIT DROP AS
SELECT r.section_key, r.large, r.intra, r.hsn_code, r.uqc, r.rate,
  SUM(r.qty) AS qty, SUM(r.total) AS total, SUM(r.txval) AS txval, SUM(r.iamt) AS iamt,
  SUM(r.camt) AS camt, SUM(r.samt) AS samt, SUM(r.csamt) AS csamt
${PERIOD_ROLLUP} AND NOT r.is_note
GROUP BY 1, 2, 3, 4, 5, 6`

/**
 * Per document and rate, for the invoice-wise tables but B2B invoices (B2CL, exports and the notes): the `itms`,
 * read as written at issue (B2C Others needs no per-document detail, so the bulk of a retail month has no rows
 * there); the documents' table keeps those issued and in these tables. Binds: gstin, period.
 */
export const CREATE_ITEMS = `CREATE TEMP TABLE ${ITEMS_TABLE} ON COMMIT DROP AS
SELECT d.id AS document_id, d.section, d.is_note, a.rate, a.txval * 0.01 AS txval, a.iamt * 0.01 AS iamt, a.camt * 0.01 AS camt,
  a.samt * 0.01 AS samt, a.csamt * 0.01 AS csamt
FROM ${RATE_ROLLUP_TABLE} a
JOIN ${DOCS_TABLE} d ON d.id = a.document_id
WHERE a.supplier_gstin = ? AND a.period = ? AND d.section <> 'b2cs' AND d.status = 'issued' AND NOT (d.section = 'b2b' AND NOT d.is_note)`

/**
 * The items of B2B invoices (Table 4), the largest invoice-wise section, read where they are written (the rate
 * rollup) by the two statements that need them, the JSON and the CSV, rather than copied into the items' table.
 * Binds: gstin, period.
 */
const B2B_ITEMS = `SELECT a.document_id, a.rate, (a.rate * 100 + 1)::int AS n, a.txval * 0.01 AS txval, a.iamt * 0.01 AS iamt,
  a.camt * 0.01 AS camt, a.samt * 0.01 AS samt, a.csamt * 0.01 AS csamt
FROM ${RATE_ROLLUP_TABLE} a WHERE a.supplier_gstin = ? AND a.period = ?`
const B2B_DOCS = `d.section = 'b2b' AND NOT d.is_note AND d.status = 'issued'`

/**
 * All the period's documents by section, place of supply (for B2C), HSN, UQC and rate: few groups, from which
 * B2C Others (by place of supply and rate), the section totals and Table 12 (by HSN) are rolled up. Invoices
 * come from the one-pass grouping above; credit notes, whose table follows their original invoice, from their
 * own rollup rows, found by the rollup's key (OFFSET 0 keeps PostgreSQL from reading the whole month's rollup for
 * them). Sums are of the document's own sign (credit notes positive), in rupees; sections apply the sign they report.
 */
export const CREATE_TOTALS = `CREATE TEMP TABLE ${TOTALS_TABLE} ON COMMIT DROP AS
SELECT t.section, t.is_note, t.pos, t.intra, t.hsn_code, t.uqc, t.rate,
  SUM(t.qty) * 0.001 AS qty, SUM(t.total) * 0.01 AS total, SUM(t.txval) * 0.01 AS txval, SUM(t.iamt) * 0.01 AS iamt,
  SUM(t.camt) * 0.01 AS camt, SUM(t.samt) * 0.01 AS samt, SUM(t.csamt) * 0.01 AS csamt
FROM (
  SELECT (CASE WHEN a.section_key IN ('exp', 'b2b') THEN a.section_key WHEN a.intra THEN 'b2cs'
      WHEN a.large THEN 'b2cl' ELSE 'b2cs' END) AS section, false AS is_note,
    (CASE WHEN a.section_key NOT IN ('exp', 'b2b') THEN a.section_key END) AS pos, (a.intra AND a.section_key NOT IN ('exp', 'b2b')) AS intra,
    a.hsn_code, a.uqc, a.rate, a.qty, a.total, a.txval, a.iamt, a.camt, a.samt, a.csamt
  FROM ${LINES_TABLE} a
  UNION ALL
  SELECT d.section, d.is_note, d.pos, d.intra, r.hsn_code, r.uqc, r.rate, r.qty, r.total, r.txval, r.iamt, r.camt, r.samt, r.csamt
  FROM ${DOCS_TABLE} d
  CROSS JOIN LATERAL (SELECT r.* FROM ${ROLLUP_TABLE} r WHERE r.document_id = d.id OFFSET 0) r
  WHERE d.is_note AND d.status = 'issued'
) t
GROUP BY t.section, t.is_note, t.pos, t.intra, t.hsn_code, t.uqc, t.rate`

const money = (expr: string) => `round(${expr}, 2)`
/** Table 12 quantities: the lines' UQC quantities are exact to 3 decimals (utils/uqc-quantity.ts). */
const quantity = (expr: string) => `round(${expr}, 3)`
const rate = (expr: string) => `trim_scale(${expr})`
const jsonDate = (expr: string) => `to_char((${expr})::date, 'DD-MM-YYYY')`
const csvDate = (expr: string) => `to_char((${expr})::date, 'DD-Mon-YY')`
const yesNo = (expr: string) => `(CASE WHEN ${expr} THEN 'Y' ELSE 'N' END)`
const invoiceType = `(CASE WHEN NOT d.sez THEN 'R' WHEN d.pay_type = 'WPAY' THEN 'SEWP' ELSE 'SEWOP' END)`
const emptyArray = (agg: string) => `COALESCE(${agg}, '[]'::json)::text`

/**
 * Item rows of one section. An item is one rate of one document, so its serial is derived from the rate the
 * way the portal numbers them (rate × 100 + 1: 1801 for 18%), without a per-document window sort.
 */
function itemsOf(section: string, notes: boolean): string {
  return `SELECT a.*, (a.rate * 100 + 1)::int AS n
  FROM ${ITEMS_TABLE} a WHERE a.section = '${section}' AND ${notes ? "" : "NOT "}a.is_note`
}

const fullItem = `json_build_object('num', a.n, 'itm_det', json_build_object('txval', ${money("a.txval")}, 'rt', ${rate("a.rate")},
  'iamt', ${money("a.iamt")}, 'camt', ${money("a.camt")}, 'samt', ${money("a.samt")}, 'csamt', ${money("a.csamt")}))`
const igstItem = `json_build_object('num', a.n, 'itm_det', json_build_object('txval', ${money("a.txval")}, 'rt', ${rate("a.rate")},
  'iamt', ${money("a.iamt")}, 'csamt', ${money("a.csamt")}))`
const exportItem = `json_build_object('txval', ${money("a.txval")}, 'rt', ${rate("a.rate")}, 'iamt', ${money("a.iamt")}, 'csamt', ${money("a.csamt")})`

function itemsByDocument(section: string, notes: boolean, item: string): string {
  return `SELECT a.document_id COLLATE "C" AS document_id, json_agg(${item} ORDER BY a.n) AS itms
  FROM (${itemsOf(section, notes)}) a GROUP BY 1`
}

/**
 * Table 4 / 6B / 6C: invoices to registered persons, grouped by the buyer's GSTIN. The largest section (an item
 * per invoice and rate), so it is written in one pass as text, in json_build_object's and json_agg's own layout
 * (`"key" : value`, `, ` between elements): the items in the order of the file (buyer, invoice date and number,
 * item), each opening its buyer's and invoice's object when it is the first of them and closing them when it is
 * the last. The same bytes as the nested aggregates, without building and copying each level's JSON or looking up
 * each value's type. The items' amounts are paise times 0.01 (B2B_ITEMS), exactly two decimals already:
 * round(x, 2) would print the same. Binds: gstin, period.
 */
const jsonText = (expr: string) => `COALESCE(to_json(${expr})::text, 'null')`

export const SECTION_B2B = `SELECT COALESCE('[' || string_agg(
    (CASE WHEN x.prev_doc IS NULL THEN '' ELSE ', ' END)
    || (CASE WHEN x.prev_buyer IS DISTINCT FROM x.buyer THEN '{"ctin" : ' || ${jsonText("x.buyer")} || ', "inv" : [' ELSE '' END)
    || (CASE WHEN x.prev_doc IS DISTINCT FROM x.doc THEN '{"inum" : ' || ${jsonText("x.number")} || ', "idt" : ' || ${jsonText(jsonDate("x.issue_date"))}
      || ', "val" : ' || ${money("x.total")}::text || ', "pos" : ' || ${jsonText("x.pos")} || ', "rchrg" : ' || ${jsonText(yesNo("x.reverse_charge"))}
      || ', "inv_typ" : ' || ${jsonText(invoiceType.replace(/\bd\./g, "x."))} || ', "itms" : [' ELSE '' END)
    || '{"num" : ' || x.n::text || ', "itm_det" : {"txval" : ' || x.txval::text || ', "rt" : ' || ${rate("x.rate")}::text
    || ', "iamt" : ' || x.iamt::text || ', "camt" : ' || x.camt::text || ', "samt" : ' || x.samt::text || ', "csamt" : ' || x.csamt::text || '}}'
    || (CASE WHEN x.next_doc IS DISTINCT FROM x.doc THEN ']}' ELSE '' END)
    || (CASE WHEN x.next_buyer IS DISTINCT FROM x.buyer THEN ']}' ELSE '' END),
    '' ORDER BY x.buyer, x.issue_date, x.number, x.doc, x.n) || ']', '[]') AS section
FROM (
  SELECT y.*, lag(y.doc) OVER w AS prev_doc, lead(y.doc) OVER w AS next_doc, lag(y.buyer) OVER w AS prev_buyer, lead(y.buyer) OVER w AS next_buyer
  FROM (
    SELECT d.buyer_gstin COLLATE "C" AS buyer, d.issue_date COLLATE "C" AS issue_date, d.number COLLATE "C" AS number, d.id COLLATE "C" AS doc,
      d.total, d.pos, d.reverse_charge, d.sez, d.pay_type, a.n, a.rate, a.txval, a.iamt, a.camt, a.samt, a.csamt
    FROM (${B2B_ITEMS}) a
    JOIN ${DOCS_TABLE} d ON d.id = a.document_id AND ${B2B_DOCS}
  ) y
  WINDOW w AS (ORDER BY y.buyer, y.issue_date, y.number, y.doc, y.n)
) x`

/** Table 5: inter-State invoices to unregistered persons above the threshold, grouped by place of supply. */
export const SECTION_B2CL = `WITH it AS (${itemsByDocument("b2cl", false, igstItem)}),
inv AS (
  SELECT d.pos, json_agg(json_build_object('inum', d.number, 'idt', ${jsonDate("d.issue_date")}, 'val', ${money("d.total")},
    'itms', it.itms) ORDER BY d.issue_date COLLATE "C", d.number COLLATE "C") AS inv
  FROM ${DOCS_TABLE} d JOIN it ON it.document_id = d.id
  GROUP BY d.pos
)
SELECT ${emptyArray("json_agg(json_build_object('pos', inv.pos, 'inv', inv.inv) ORDER BY inv.pos)")} AS section FROM inv`

/**
 * Table 7: B2C Others, net by place of supply and rate. Credit notes against B2C Others invoices are not
 * reported in Table 9B (CDNUR takes only B2CL and exports): they reduce the Table 7 values of their
 * place of supply and rate, per GSTN's offline-tool help and portal practice.
 */
const B2CS_ROWS = `SELECT (CASE WHEN a.intra THEN 'INTRA' ELSE 'INTER' END) AS sply_ty, a.pos, a.rate,
  SUM(CASE WHEN a.is_note THEN -a.txval ELSE a.txval END) AS txval,
  SUM(CASE WHEN a.is_note THEN -a.iamt ELSE a.iamt END) AS iamt,
  SUM(CASE WHEN a.is_note THEN -a.camt ELSE a.camt END) AS camt,
  SUM(CASE WHEN a.is_note THEN -a.samt ELSE a.samt END) AS samt,
  SUM(CASE WHEN a.is_note THEN -a.csamt ELSE a.csamt END) AS csamt
FROM ${TOTALS_TABLE} a WHERE a.section = 'b2cs'
GROUP BY 1, 2, 3`

export const SECTION_B2CS = `SELECT ${emptyArray(`json_agg(json_build_object('sply_ty', s.sply_ty, 'pos', s.pos, 'typ', 'OE', 'rt', ${rate("s.rate")},
  'txval', ${money("s.txval")}, 'iamt', ${money("s.iamt")}, 'camt', ${money("s.camt")}, 'samt', ${money("s.samt")}, 'csamt', ${money("s.csamt")})
  ORDER BY s.pos, s.rate, s.sply_ty)`)} AS section FROM (${B2CS_ROWS}) s`

/** Table 6A: exports, grouped by with / without payment of IGST; shipping bill details from the document's metadata. */
export const SECTION_EXP = `WITH it AS (${itemsByDocument("exp", false, exportItem)}),
inv AS (
  SELECT d.pay_type, json_agg(json_strip_nulls(json_build_object('inum', d.number, 'idt', ${jsonDate("d.issue_date")}, 'val', ${money("d.total")},
    'sbpcode', d.metadata->>'shipping_bill_port_code', 'sbnum', d.metadata->>'shipping_bill_number',
    'sbdt', ${jsonDate("NULLIF(d.metadata->>'shipping_bill_date', '')")}, 'itms', it.itms)) ORDER BY d.issue_date COLLATE "C", d.number COLLATE "C") AS inv
  FROM ${DOCS_TABLE} d JOIN it ON it.document_id = d.id
  GROUP BY d.pay_type
)
SELECT ${emptyArray("json_agg(json_build_object('exp_typ', inv.pay_type, 'inv', inv.inv) ORDER BY inv.pay_type)")} AS section FROM inv`

/** Table 9B (registered): credit notes to registered persons, grouped by the buyer's GSTIN. */
export const SECTION_CDNR = `WITH it AS (${itemsByDocument("b2b", true, fullItem)}),
nt AS (
  SELECT d.buyer_gstin, json_agg(json_build_object('ntty', 'C', 'nt_num', d.number, 'nt_dt', ${jsonDate("d.issue_date")}, 'val', ${money("d.total")},
    'pos', d.pos, 'rchrg', ${yesNo("d.reverse_charge")}, 'inv_typ', ${invoiceType}, 'itms', it.itms) ORDER BY d.issue_date COLLATE "C", d.number COLLATE "C") AS nt
  FROM ${DOCS_TABLE} d JOIN it ON it.document_id = d.id
  GROUP BY d.buyer_gstin
)
SELECT ${emptyArray("json_agg(json_build_object('ctin', nt.buyer_gstin, 'nt', nt.nt) ORDER BY nt.buyer_gstin)")} AS section FROM nt`

const CDNUR_DOCS = `SELECT d.*, (CASE WHEN d.section = 'b2cl' THEN 'B2CL' WHEN d.pay_type = 'WPAY' THEN 'EXPWP' ELSE 'EXPWOP' END) AS typ
FROM ${DOCS_TABLE} d WHERE d.is_note AND d.status = 'issued' AND d.section IN ('b2cl', 'exp')`

/** Table 9B (unregistered): credit notes against B2C Large invoices and exports; exports carry no place of supply. */
export const SECTION_CDNUR = `WITH it AS (
  SELECT a.document_id, json_agg(${igstItem} ORDER BY a.n) AS itms
  FROM (SELECT a.*, (a.rate * 100 + 1)::int AS n
    FROM ${ITEMS_TABLE} a WHERE a.is_note AND a.section IN ('b2cl', 'exp')) a
  GROUP BY a.document_id
)
SELECT ${emptyArray(`json_agg(json_strip_nulls(json_build_object('typ', d.typ, 'ntty', 'C', 'nt_num', d.number, 'nt_dt', ${jsonDate("d.issue_date")},
  'val', ${money("d.total")}, 'pos', CASE WHEN d.typ = 'B2CL' THEN d.pos END, 'itms', it.itms)) ORDER BY d.issue_date COLLATE "C", d.number COLLATE "C")`)} AS section
FROM (${CDNUR_DOCS}) d JOIN it ON it.document_id = d.id`

/**
 * Table 12 rows, net of credit notes. `split`: B2B (supplies to a GSTIN) and B2C tabs, from the May 2025 period.
 * Services (SAC, chapter 99) carry UQC "NA" and no quantity, as the portal requires.
 */
function hsnRows(split: boolean): string {
  const tab = split ? "(CASE WHEN a.section = 'b2b' THEN 'hsn_b2b' ELSE 'hsn_b2c' END)" : "'data'"
  const signed = (column: string) => `SUM(CASE WHEN a.is_note THEN -a.${column} ELSE a.${column} END)`
  return `SELECT h.*, row_number() OVER (PARTITION BY h.tab ORDER BY h.hsn_code, h.uqc, h.rate) AS n,
    left(btrim(COALESCE(m.description, '')), 30) AS description
  FROM (
    SELECT ${tab} AS tab, a.hsn_code, (CASE WHEN a.hsn_code LIKE '99%' THEN 'NA' ELSE a.uqc END) AS uqc, a.rate,
      (CASE WHEN a.hsn_code LIKE '99%' THEN 0 ELSE ${signed("qty")} END) AS qty, ${signed("total")} AS total,
      ${signed("txval")} AS txval, ${signed("iamt")} AS iamt, ${signed("camt")} AS camt, ${signed("samt")} AS samt, ${signed("csamt")} AS csamt
    FROM ${TOTALS_TABLE} a
    GROUP BY 1, 2, 3, 4
  ) h
  LEFT JOIN gst_hsn_code m ON m.code = h.hsn_code AND m.deleted_at IS NULL`
}

export function sectionHsn(split: boolean): string {
  return `SELECT h.tab, json_agg(json_build_object('num', h.n, 'hsn_sc', h.hsn_code, 'desc', h.description, 'uqc', h.uqc,
    'qty', ${quantity("h.qty")}, 'rt', ${rate("h.rate")}, 'txval', ${money("h.txval")}, 'iamt', ${money("h.iamt")},
    'camt', ${money("h.camt")}, 'samt', ${money("h.samt")}, 'csamt', ${money("h.csamt")}) ORDER BY h.n)::text AS section
  FROM (${hsnRows(split)}) h GROUP BY h.tab`
}

/** Table 13 rows: one per number series; the first and last serial in issue order, cancelled ones counted. */
const DOC_SERIES = `SELECT (CASE WHEN d.document_type = 'credit_note' THEN 5 ELSE 1 END) AS doc_num, d.series_id,
  substr(min(lpad(length(d.number)::text, 3, '0') || d.number), 4) AS first_number,
  substr(max(lpad(length(d.number)::text, 3, '0') || d.number), 4) AS last_number,
  count(*) AS totnum, count(*) FILTER (WHERE d.status = 'cancelled') AS cancel
FROM ${DOCS_TABLE} d GROUP BY 1, 2`

const DOC_NATURE = `(CASE s.doc_num WHEN 1 THEN 'Invoices for outward supply' ELSE 'Credit Note' END)`

export const SECTION_DOC_ISSUE = `WITH s AS (SELECT s.*, row_number() OVER (PARTITION BY s.doc_num ORDER BY s.series_id) AS n FROM (${DOC_SERIES}) s),
det AS (
  SELECT s.doc_num, ${DOC_NATURE} AS doc_typ, json_agg(json_build_object('num', s.n, 'from', s.first_number, 'to', s.last_number,
    'totnum', s.totnum, 'cancel', s.cancel, 'net_issue', s.totnum - s.cancel) ORDER BY s.n) AS docs
  FROM s GROUP BY 1, 2
)
SELECT json_build_object('doc_det', ${emptyArray("json_agg(json_build_object('doc_num', det.doc_num, 'doc_typ', det.doc_typ, 'docs', det.docs) ORDER BY det.doc_num)")}::json)::text AS section FROM det`

/** The section a document's values are reported in, as the summary names it. */
const REPORTED_AS = `(CASE WHEN NOT is_note THEN section WHEN section = 'b2b' THEN 'cdnr' WHEN section = 'b2cs' THEN 'b2cs' ELSE 'cdnur' END)`

function summaryOver(lines: string, docs: string): string {
  // B2C Others is reported net (notes subtract); the note tables report notes at their own (positive) values.
  const reported = (column: string) => `round(SUM(CASE WHEN is_note AND section = 'b2cs' THEN -${column} ELSE ${column} END), 2)::text`
  return `sums AS (
  SELECT ${REPORTED_AS} AS section, ${reported("txval")} AS txval, ${reported("iamt")} AS iamt, ${reported("camt")} AS camt,
    ${reported("samt")} AS samt, ${reported("csamt")} AS csamt
  FROM (${lines}) x GROUP BY 1
), counts AS (
  SELECT ${REPORTED_AS} AS section, count(*)::int AS documents FROM (${docs}) x WHERE status = 'issued' GROUP BY 1
)
SELECT sums.section, COALESCE(counts.documents, 0) AS documents, sums.txval, sums.iamt, sums.camt, sums.samt, sums.csamt
FROM sums LEFT JOIN counts ON counts.section = sums.section`
}

/** Section counts and totals from the preparation's own tables. */
export const SUMMARY_FROM_TOTALS = `WITH ${summaryOver(`SELECT * FROM ${TOTALS_TABLE}`, `SELECT * FROM ${DOCS_TABLE}`)}`

const LINES_OF_DOCS = `SELECT d.section, d.is_note, l.taxable_value AS txval, l.igst AS iamt, l.cgst AS camt,
  l.sgst + l.utgst AS samt, l.cess AS csamt
FROM gst_tax_document_line l JOIN d ON d.id = l.document_id
WHERE l.deleted_at IS NULL AND d.status = 'issued'`

/** Section counts and totals straight from the documents, for a quick preview. Binds: gstin, period. */
export const SUMMARY_PREVIEW = `WITH d AS (${DOCS_SELECT}), ${summaryOver(LINES_OF_DOCS, "SELECT * FROM d")}`

const INCONSISTENT = `SELECT d.number, d.document_type, d.issue_date, d.supply_type, d.section, d.buyer_gstin, d.pos,
  d.supplier_state_code, round(d.total, 2)::text AS total, round(d.original_total, 2)::text AS original_total, d.original_date,
  count(*) OVER ()::int AS total_count
FROM d WHERE d.status = 'issued' AND d.supply_type <> d.section
ORDER BY d.issue_date, d.number LIMIT 200`

/** Documents whose stored classification is not the table the law puts them in. Binds: gstin, period. */
export const INCONSISTENCIES_PREVIEW = `WITH d AS (${DOCS_SELECT}) ${INCONSISTENT}`
export const INCONSISTENCIES_FROM_DOCS = `WITH d AS (SELECT * FROM ${DOCS_TABLE}) ${INCONSISTENT}`

/**
 * GSTR-3B tables 3.1 and 3.2 in one pass, net of credit notes, grouped by category and (for inter-State B2C
 * and UIN supplies) place of supply. Binds: gstin, period.
 *  - zero_rated: exports and supplies to SEZ (IGST Act s.16) → 3.1(b)
 *  - reverse_charge: outward supplies on which the recipient pays tax (s.9(3)); not the supplier's liability
 *  - nil_exempt: domestic lines at rate 0 → 3.1(c)
 *  - taxable: everything else → 3.1(a); its inter-State B2C / UIN part by place of supply → 3.2
 */
export const GSTR3B_ROWS = `WITH d AS (${DOCS_SELECT})
SELECT (CASE WHEN d.section = 'exp' OR d.sez THEN 'zero_rated' WHEN d.reverse_charge THEN 'reverse_charge'
    WHEN l.rate = 0 THEN 'nil_exempt' ELSE 'taxable' END) AS category,
  (CASE WHEN d.intra THEN NULL WHEN d.section IN ('b2cl', 'b2cs') THEN 'unregistered'
    WHEN d.section = 'b2b' AND upper(substr(d.buyer_gstin, 13, 2)) = 'UN' THEN 'uin' END) AS recipient,
  d.pos,
  round(SUM(CASE WHEN d.is_note THEN -l.taxable_value ELSE l.taxable_value END), 2)::text AS txval,
  round(SUM(CASE WHEN d.is_note THEN -l.igst ELSE l.igst END), 2)::text AS iamt,
  round(SUM(CASE WHEN d.is_note THEN -l.cgst ELSE l.cgst END), 2)::text AS camt,
  round(SUM(CASE WHEN d.is_note THEN -(l.sgst + l.utgst) ELSE l.sgst + l.utgst END), 2)::text AS samt,
  round(SUM(CASE WHEN d.is_note THEN -l.cess ELSE l.cess END), 2)::text AS csamt
FROM gst_tax_document_line l JOIN d ON d.id = l.document_id
WHERE l.deleted_at IS NULL AND d.status = 'issued'
GROUP BY 1, 2, 3`

/**
 * Output tax in the GST ledger for (GSTIN, period) per head: invoices, credit notes and reversals of them;
 * TCS (GSTR-8) and its reversals are not output tax. Binds: gstin, period.
 */
export const LEDGER_TOTALS = `SELECT e.tax_head, round(SUM(e.amount), 2)::text AS amount
FROM gst_ledger_entry e
WHERE e.gstin = ? AND e.period = ? AND e.deleted_at IS NULL AND e.entry_type <> 'tcs'
  AND NOT (e.entry_type = 'reversal' AND EXISTS (
    SELECT 1 FROM gst_ledger_entry t WHERE t.id = e.reverses_entry_id AND t.entry_type = 'tcs'))
GROUP BY e.tax_head`

// ---- CSV, in the offline tool's templates (one file per section) ----

const STATE_NAMES = `(VALUES ${[...GST_STATES.map((s) => [s.code, s.name]), [EXPORT_PLACE_OF_SUPPLY, "Other Countries"]]
  .map(([code, name]) => `('${code}', '${name.replace(/'/g, "''")}')`)
  .join(", ")}) AS st(code, name)`

const UQC_NAMES = `(VALUES ${Object.entries(UQC_LABELS)
  .map(([code, label]) => `('${code}', '${label}')`)
  .join(", ")}) AS uq(code, label)`

/** SQL for one CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function csv(expr: string): string {
  return `(CASE WHEN (${expr}) ~ '[",\\r\\n]' THEN '"' || replace(${expr}, '"', '""') || '"' ELSE COALESCE(${expr}, '') END)`
}

function csvLines(header: string[], fields: string[], from: string, orderBy: string): string {
  const line = fields.map((f) => csv(`(${f})::text`)).join(` || ',' || `)
  const head = header.map((h) => h.replace(/'/g, "''")).join(",")
  return `SELECT '${head}' || E'\\n' || COALESCE(string_agg(${line}, E'\\n' ORDER BY ${orderBy}) || E'\\n', '') AS csv FROM ${from}`
}

const pos = `st.code || '-' || st.name`

function itemRows(section: string, notes: boolean): string {
  return `${DOCS_TABLE} d JOIN ${ITEMS_TABLE} a ON a.document_id = d.id AND a.section = '${section}' AND ${notes ? "" : "NOT "}a.is_note
  LEFT JOIN ${STATE_NAMES} ON st.code = d.pos`
}

export const CSV_B2B = csvLines(
  ["GSTIN/UIN of Recipient", "Receiver Name", "Invoice Number", "Invoice date", "Invoice Value", "Place Of Supply", "Reverse Charge",
    "Applicable % of Tax Rate", "Invoice Type", "E-Commerce GSTIN", "Rate", "Taxable Value", "Cess Amount"],
  ["d.buyer_gstin", "d.buyer_name", "d.number", csvDate("d.issue_date"), money("d.total"), pos, yesNo("d.reverse_charge"), "''",
    "(CASE WHEN NOT d.sez THEN 'Regular B2B' WHEN d.pay_type = 'WPAY' THEN 'SEZ supplies with payment' ELSE 'SEZ supplies without payment' END)",
    "''", rate("a.rate"), money("a.txval"), money("a.csamt")],
  `${DOCS_TABLE} d JOIN (${B2B_ITEMS}) a ON a.document_id = d.id AND ${B2B_DOCS} LEFT JOIN ${STATE_NAMES} ON st.code = d.pos`,
  "d.buyer_gstin, d.issue_date, d.number, a.rate"
)

export const CSV_B2CL = csvLines(
  ["Invoice Number", "Invoice date", "Invoice Value", "Place Of Supply", "Applicable % of Tax Rate", "Rate", "Taxable Value", "Cess Amount", "E-Commerce GSTIN"],
  ["d.number", csvDate("d.issue_date"), money("d.total"), pos, "''", rate("a.rate"), money("a.txval"), money("a.csamt"), "''"],
  itemRows("b2cl", false),
  "d.pos, d.issue_date, d.number, a.rate"
)

export const CSV_B2CS = csvLines(
  ["Type", "Place Of Supply", "Applicable % of Tax Rate", "Rate", "Taxable Value", "Cess Amount", "E-Commerce GSTIN"],
  ["'OE'", pos, "''", rate("s.rate"), money("s.txval"), money("s.csamt"), "''"],
  `(${B2CS_ROWS}) s LEFT JOIN ${STATE_NAMES} ON st.code = s.pos`,
  "s.pos, s.rate, s.sply_ty"
)

export const CSV_EXP = csvLines(
  ["Export Type", "Invoice Number", "Invoice date", "Invoice Value", "Port Code", "Shipping Bill Number", "Shipping Bill Date", "Rate", "Taxable Value", "Cess Amount"],
  ["d.pay_type", "d.number", csvDate("d.issue_date"), money("d.total"), "d.metadata->>'shipping_bill_port_code'",
    "d.metadata->>'shipping_bill_number'", csvDate("NULLIF(d.metadata->>'shipping_bill_date', '')"), rate("a.rate"), money("a.txval"), money("a.csamt")],
  itemRows("exp", false),
  "d.pay_type, d.issue_date, d.number, a.rate"
)

export const CSV_CDNR = csvLines(
  ["GSTIN/UIN of Recipient", "Receiver Name", "Note Number", "Note Date", "Note Type", "Place Of Supply", "Reverse Charge", "Note Supply Type",
    "Note Value", "Applicable % of Tax Rate", "Rate", "Taxable Value", "Cess Amount"],
  ["d.buyer_gstin", "d.buyer_name", "d.number", csvDate("d.issue_date"), "'C'", pos, yesNo("d.reverse_charge"),
    "(CASE WHEN NOT d.sez THEN 'Regular B2B' WHEN d.pay_type = 'WPAY' THEN 'SEZ supplies with payment' ELSE 'SEZ supplies without payment' END)",
    money("d.total"), "''", rate("a.rate"), money("a.txval"), money("a.csamt")],
  itemRows("b2b", true),
  "d.buyer_gstin, d.issue_date, d.number, a.rate"
)

export const CSV_CDNUR = csvLines(
  ["UR Type", "Note Number", "Note Date", "Note Type", "Place Of Supply", "Note Value", "Applicable % of Tax Rate", "Rate", "Taxable Value", "Cess Amount"],
  ["d.typ", "d.number", csvDate("d.issue_date"), "'C'", `(CASE WHEN d.typ = 'B2CL' THEN ${pos} END)`, money("d.total"), "''",
    rate("a.rate"), money("a.txval"), money("a.csamt")],
  `(${CDNUR_DOCS}) d JOIN ${ITEMS_TABLE} a ON a.document_id = d.id LEFT JOIN ${STATE_NAMES} ON st.code = d.pos`,
  "d.issue_date, d.number, a.rate"
)

const HSN_HEADER = ["HSN", "Description", "UQC", "Total Quantity", "Total Value", "Rate", "Taxable Value", "Integrated Tax Amount",
  "Central Tax Amount", "State/UT Tax Amount", "Cess Amount"]

/** One CSV per HSN tab ("hsn_b2b", "hsn_b2c", or "data" before the split); rows come back per tab. */
export function csvHsn(split: boolean): string {
  const line = ["h.hsn_code", "h.description", "COALESCE(uq.label, h.uqc)", quantity("h.qty"), money("h.total"), rate("h.rate"), money("h.txval"),
    money("h.iamt"), money("h.camt"), money("h.samt"), money("h.csamt")]
    .map((f) => csv(`(${f})::text`))
    .join(` || ',' || `)
  return `SELECT h.tab, '${HSN_HEADER.join(",")}' || E'\\n' || string_agg(${line}, E'\\n' ORDER BY h.n) || E'\\n' AS csv
  FROM (${hsnRows(split)}) h LEFT JOIN ${UQC_NAMES} ON uq.code = h.uqc GROUP BY h.tab`
}

export const CSV_DOCS = csvLines(
  ["Nature of Document", "Sr. No. From", "Sr. No. To", "Total Number", "Cancelled"],
  [DOC_NATURE, "s.first_number", "s.last_number", "s.totnum", "s.cancel"],
  `(${DOC_SERIES}) s`,
  "s.doc_num, s.series_id"
)
