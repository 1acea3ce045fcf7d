/**
 * CSV as RFC 4180 defines it, plus what spreadsheets actually save: a UTF-8 byte-order mark
 * (Excel's "CSV UTF-8"), LF or lone CR line ends besides CRLF, and blank lines, which are skipped.
 */

export type CsvRecord = {
  /** Line of the file the record starts on (1 = the first line), for error messages. */
  line: number
  fields: string[]
}

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
    this.name = "CsvSyntaxError"
  }
}

/** Splits CSV text into records. A quoted field may hold commas, line breaks and "" for a quote. */
export function parseCsv(text: string): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ""
  let line = 1
  let recordLine = 1
  let i = 0
  // A record made only of one empty, unquoted field is a blank line.
  let sawQuote = false

  const endRecord = () => {
    fields.push(field)
    if (fields.length > 1 || fields[0] !== "" || sawQuote) {
      records.push({ line: recordLine, fields })
    }
    fields = []
    field = ""
    sawQuote = false
  }

  while (i < input.length) {
    const char = input[i]
    if (char === '"' && field === "") {
      sawQuote = true
      const opened = line
      i++
      for (;;) {
        if (i >= input.length) {
          throw new CsvSyntaxError(`A quoted field opened on line ${opened} is never closed`, opened)
        }
        const inner = input[i]
        if (inner === '"') {
          if (input[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (inner === "\n" || (inner === "\r" && input[i + 1] !== "\n")) {
          line++
        }
        field += inner
        i++
      }
      const next = input[i]
      if (next !== undefined && next !== "," && next !== "\r" && next !== "\n") {
        throw new CsvSyntaxError(`Line ${line}: text after a closing quote; write a quote inside a field as ""`, line)
      }
      continue
    }
    if (char === ",") {
      fields.push(field)
      field = ""
      i++
      continue
    }
    if (char === "\r" || char === "\n") {
      endRecord()
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1
      line++
      recordLine = line
      continue
    }
    if (char === '"') {
      throw new CsvSyntaxError(`Line ${line}: a quote inside an unquoted field; quote the whole field and write the quote as ""`, line)
    }
    field += char
    i++
  }
  if (field !== "" || fields.length || sawQuote) {
    endRecord()
  }
  return records
}

/**
 * Records keyed by a header row. Header names are trimmed and lower-cased; `row` is the line the record
 * starts on, which is the row number a spreadsheet shows (the header is row 1).
 */
export function parseCsvWithHeader(text: string): {
  header: string[]
  rows: { row: number; values: Record<string, string>; extra: number }[]
} {
  const [head, ...records] = parseCsv(text)
  if (!head) {
    return { header: [], rows: [] }
  }
  const header = head.fields.map((name) => name.trim().toLowerCase())
  return {
    header,
    rows: records.map((record) => {
      const values: Record<string, string> = {}
      header.forEach((name, column) => {
        values[name] = (record.fields[column] ?? "").trim()
      })
      return {
        row: record.line,
        values,
        extra: Math.max(0, record.fields.length - header.length),
      }
    }),
  }
}
