/**
 * A small RFC 4180 reader: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks.
 * Returns one record per row with the header's names (trimmed, lower-cased) as keys; blank rows are skipped
 * but still counted, so `row` is the row number a spreadsheet shows (the header is row 1).
 */
export type CsvRecord = { row: number; values: Record<string, string> }

export function parseCsv(text: string): { header: string[]; records: CsvRecord[] } {
  const rows: string[][] = []
  let field = ""
  let row: string[] = []
  let quoted = false
  const source = text.replace(/^\uFEFF/, "")
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ",") {
      row.push(field)
      field = ""
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else {
      field += char
    }
  }
  if (quoted) {
    throw new Error("the file ends inside a quoted field: a closing double quote is missing")
  }
  if (field !== "" || row.length) {
    row.push(field)
    rows.push(row)
  }
  const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === "")
  const headerIndex = rows.findIndex((cells) => !isBlank(cells))
  if (headerIndex < 0) {
    return { header: [], records: [] }
  }
  const names = rows[headerIndex].map((h) => h.trim().toLowerCase())
  const records: CsvRecord[] = []
  rows.forEach((cells, index) => {
    if (index <= headerIndex || isBlank(cells)) return
    records.push({
      row: index + 1,
      values: Object.fromEntries(names.map((name, column) => [name, (cells[column] ?? "").trim()])),
    })
  })
  return { header: names, records }
}
