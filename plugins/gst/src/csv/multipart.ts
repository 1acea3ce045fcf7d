/**
 * Just enough of multipart/form-data (RFC 7578) to take a CSV upload from a browser form: the parts'
 * names, file names and bodies. Files are small text files held in memory.
 */

export type FormPart = {
  name: string
  filename?: string
  contentType?: string
  body: Buffer
}

export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) {
    return null
  }
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match ? (match[1] ?? match[2]) : null
}

export function parseMultipart(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const parts: FormPart[] = []
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--") {
      break
    }
    const next = body.indexOf(delimiter, afterDelimiter)
    if (next === -1) {
      break
    }
    // Each part: CRLF, headers, CRLF CRLF, body, CRLF before the next delimiter.
    const part = body.subarray(afterDelimiter + 2, next - 2)
    const headerEnd = part.indexOf("\r\n\r\n")
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8")
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? ""
      const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
      if (name !== undefined) {
        parts.push({
          name,
          filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
          contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
          body: part.subarray(headerEnd + 4),
        })
      }
    }
    start = next
  }
  return parts
}
