import { boundaryOf, parseMultipart } from "./multipart"

describe("multipart/form-data", () => {
  it("finds the boundary, quoted or not", () => {
    expect(boundaryOf("multipart/form-data; boundary=----abc123")).toBe("----abc123")
    expect(boundaryOf('multipart/form-data; boundary="x y"')).toBe("x y")
    expect(boundaryOf("application/json")).toBeNull()
    expect(boundaryOf(undefined)).toBeNull()
  })

  it("reads a file part and a text field, keeping the file's CRLFs", () => {
    const body = Buffer.from(
      [
        "--B",
        'Content-Disposition: form-data; name="dry_run"',
        "",
        "true",
        "--B",
        'Content-Disposition: form-data; name="file"; filename="hsn.csv"',
        "Content-Type: text/csv",
        "",
        "code,uqc\r\n1704,KGS\r\n",
        "--B--",
        "",
      ].join("\r\n")
    )
    const parts = parseMultipart(body, "B")
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ["dry_run", undefined, undefined],
      ["file", "hsn.csv", "text/csv"],
    ])
    expect(parts[0].body.toString()).toBe("true")
    expect(parts[1].body.toString()).toBe("code,uqc\r\n1704,KGS\r\n")
  })

  it("returns nothing for a body without the boundary", () => {
    expect(parseMultipart(Buffer.from("code,uqc\n"), "B")).toEqual([])
  })
})
