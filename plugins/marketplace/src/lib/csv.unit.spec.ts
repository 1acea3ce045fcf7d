import { parseCsv } from "./csv"

describe("parseCsv", () => {
  it("reads a header and rows, numbering rows as a spreadsheet does", () => {
    const { header, records } = parseCsv("SKU,Price,MRP\nA-1,100,120\n\nB-2,90.5,95\n")
    expect(header).toEqual(["sku", "price", "mrp"])
    expect(records).toEqual([
      { row: 2, values: { sku: "A-1", price: "100", mrp: "120" } },
      { row: 4, values: { sku: "B-2", price: "90.5", mrp: "95" } },
    ])
  })

  it("keeps commas, quotes and line breaks inside quoted fields", () => {
    const { records } = parseCsv('sku,note\r\n"A,1","He said ""fresh""\nand crisp"\r\n')
    expect(records[0].values).toEqual({ sku: "A,1", note: 'He said "fresh"\nand crisp' })
  })

  it("strips a byte-order mark and fills missing trailing cells with empty strings", () => {
    const { header, records } = parseCsv("\uFEFFsku,price,mrp\nA-1,100")
    expect(header[0]).toBe("sku")
    expect(records[0].values).toEqual({ sku: "A-1", price: "100", mrp: "" })
  })

  it("refuses a file that ends inside a quote", () => {
    expect(() => parseCsv('sku\n"A-1')).toThrow("closing double quote")
  })

  it("returns nothing for an empty file", () => {
    expect(parseCsv("\n\n")).toEqual({ header: [], records: [] })
  })
})
