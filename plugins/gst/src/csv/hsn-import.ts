/**
 * The HSN master CSV: one row per dated rate of a code, optionally naming a product to classify under it.
 *
 *   code,description,uqc,rate,effective_from,cess_rate,notification,product_handle
 *   21069099,Namkeen and bhujia,KGS,12,2017-07-01,0,1/2017-CTR,
 *   21069099,Namkeen and bhujia,KGS,5,2025-09-22,0,9/2025-CTR,aloo-bhujia
 *
 * Every row is checked before anything is written; this file holds the checks that need no database.
 */

import {
  cessRateError,
  effectiveDateError,
  hsnCodeError,
  HsnKind,
  normalizePercent,
  slabRateError,
  uqcError,
} from "../lib"
import { CsvSyntaxError, parseCsvWithHeader } from "./parse"

export const HSN_CSV_COLUMNS = [
  "code",
  "description",
  "uqc",
  "rate",
  "effective_from",
  "cess_rate",
  "notification",
  "product_handle",
  "kind",
] as const

const REQUIRED_COLUMNS = ["code", "description", "uqc", "rate", "effective_from"]

export type HsnImportError = { row: number; column: string | null; message: string }

export type HsnImportRow = Partial<Record<(typeof HSN_CSV_COLUMNS)[number], string>> & { row: number }

export type HsnImportRate = {
  effective_from: string
  rate: string
  cess_rate: string
  notification: string | null
  row: number
}

export type HsnImportEntry = {
  code: string
  kind: HsnKind
  description: string
  uqc: string
  rates: HsnImportRate[]
  /** Row each product handle was named on. */
  product_handles: { handle: string; row: number }[]
  row: number
}

export type HsnImportCheck = { entries: HsnImportEntry[]; errors: HsnImportError[] }

/** Reads the CSV text into rows; a file that is not CSV, or has wrong columns, fails on its first row. */
export function readHsnCsv(text: string): { rows: HsnImportRow[]; errors: HsnImportError[] } {
  let parsed: ReturnType<typeof parseCsvWithHeader>
  try {
    parsed = parseCsvWithHeader(text)
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      return { rows: [], errors: [{ row: e.line, column: null, message: e.message }] }
    }
    throw e
  }
  const errors: HsnImportError[] = []
  if (!parsed.header.length) {
    return { rows: [], errors: [{ row: 1, column: null, message: `The file is empty: the first row must name the columns ${REQUIRED_COLUMNS.join(",")}` }] }
  }
  for (const name of parsed.header) {
    if (!(HSN_CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.push({ row: 1, column: name, message: `Unknown column "${name}": the columns are ${HSN_CSV_COLUMNS.join(", ")}` })
    }
  }
  for (const name of REQUIRED_COLUMNS) {
    if (!parsed.header.includes(name)) {
      errors.push({ row: 1, column: name, message: `Column "${name}" is missing from the header row` })
    }
  }
  if (!parsed.rows.length) {
    errors.push({ row: 1, column: null, message: "The file has a header row but no HSN rows" })
  }
  for (const row of parsed.rows) {
    if (row.extra) {
      errors.push({ row: row.row, column: null, message: `${row.extra} more value(s) than columns in the header: quote a value that contains a comma` })
    }
  }
  return { rows: parsed.rows.map((r) => ({ ...r.values, row: r.row })), errors }
}

/**
 * Checks each row on its own (formats, slab on the date) and the rows against each other (one
 * description and UQC per code, one rate per code and date), and groups them by code.
 */
export function checkHsnRows(rows: HsnImportRow[]): HsnImportCheck {
  const errors: HsnImportError[] = []
  const byCode = new Map<string, HsnImportEntry>()

  for (const row of rows) {
    const fail = (column: string | null, message: string) => errors.push({ row: row.row, column, message })
    const before = errors.length
    const code = (row.code ?? "").replace(/\s+/g, "")
    const description = (row.description ?? "").trim()
    const uqc = (row.uqc ?? "").trim().toUpperCase()
    const rate = (row.rate ?? "").trim()
    const effectiveFrom = (row.effective_from ?? "").trim()
    const cess = (row.cess_rate ?? "").trim() || "0"
    const notification = (row.notification ?? "").trim() || null
    const handle = (row.product_handle ?? "").trim()
    const kindText = (row.kind ?? "").trim().toLowerCase()

    let kind: HsnKind = code.startsWith("99") ? "services" : "goods"
    if (kindText) {
      if (kindText === "goods" || kindText === "services") {
        kind = kindText
      } else {
        fail("kind", `Kind "${row.kind}" must be goods or services`)
      }
    }
    if (!code) {
      fail("code", "code is required")
    } else {
      const problem = hsnCodeError(code, kind)
      if (problem) fail("code", problem)
    }
    if (!description) {
      fail("description", "description is required")
    }
    if (!uqc) {
      fail("uqc", `uqc is required (${kind === "services" ? "NA for services" : "e.g. KGS or NOS"})`)
    } else {
      const problem = uqcError(uqc, kind)
      if (problem) fail("uqc", problem)
    }
    if (!rate && !effectiveFrom) {
      if (!handle) {
        fail("rate", "rate and effective_from are required unless the row only names a product_handle")
      }
    } else if (!rate) {
      fail("rate", `rate is required when effective_from is given`)
    } else if (!effectiveFrom) {
      fail("effective_from", `effective_from is required when rate is given`)
    } else {
      const dateProblem = effectiveDateError(effectiveFrom)
      if (dateProblem) fail("effective_from", dateProblem)
      const rateProblem = slabRateError(rate, effectiveFrom)
      if (rateProblem) fail("rate", rateProblem)
    }
    const cessProblem = cessRateError(cess)
    if (cessProblem) fail("cess_rate", cessProblem)
    if (handle && !/^[a-z0-9][a-z0-9_-]*$/i.test(handle)) {
      fail("product_handle", `"${handle}" is not a product handle (letters, digits, - and _)`)
    }
    if (errors.length > before) {
      continue
    }

    let entry = byCode.get(code)
    if (!entry) {
      entry = { code, kind, description, uqc, rates: [], product_handles: [], row: row.row }
      byCode.set(code, entry)
    } else {
      if (entry.description !== description) {
        fail("description", `HSN ${code} has a different description on row ${entry.row}: use one description per code`)
      }
      if (entry.uqc !== uqc) {
        fail("uqc", `HSN ${code} has UQC ${entry.uqc} on row ${entry.row}: use one UQC per code`)
      }
    }
    if (rate) {
      const incoming = { effective_from: effectiveFrom, rate: normalizePercent(rate), cess_rate: normalizePercent(cess), notification, row: row.row }
      const same = entry.rates.find((r) => r.effective_from === effectiveFrom)
      if (!same) {
        entry.rates.push(incoming)
      } else if (same.rate !== incoming.rate || same.cess_rate !== incoming.cess_rate || same.notification !== incoming.notification) {
        fail("effective_from", `HSN ${code} already has a rate from ${effectiveFrom} on row ${same.row}, with other values`)
      }
    }
    if (handle) {
      const other = [...byCode.values()].find((e) => e.product_handles.some((p) => p.handle === handle))
      if (other && other.code !== code) {
        fail("product_handle", `Product ${handle} is put under HSN ${other.code} on another row: a product has one HSN`)
      } else if (!other) {
        entry.product_handles.push({ handle, row: row.row })
      }
    }
  }
  return { entries: [...byCode.values()], errors }
}
