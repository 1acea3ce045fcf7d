import { GstRuleError, splitTax, TaxSplit, TaxSplitInput } from "./tax-split"
import { formatMoney, parseMoney } from "./money"

type Expected = [taxable: string, igst: string, cgst: string, sgst: string, utgst: string, cess: string, total: string]

interface Row {
  name: string
  input: TaxSplitInput
  expected: Expected
}

const row = (name: string, input: TaxSplitInput, expected: Expected): Row => ({ name, input, expected })

// Expected figures were worked out independently (decimal arithmetic, half-up to the paisa per head).
const ROWS: Row[] = [
  row("within Gujarat at 0%, charges CGST and SGST at 0% each", { supplier_state: "24", place_of_supply: "24", rate: "0", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1000.00"]),
  row("within Gujarat at 0.1%, charges CGST and SGST at 0.05% each", { supplier_state: "24", place_of_supply: "24", rate: "0.1", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "0.50", "0.50", "0.00", "0.00", "1001.00"]),
  row("within Gujarat at 0.25%, charges CGST and SGST at 0.125% each", { supplier_state: "24", place_of_supply: "24", rate: "0.25", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "1.25", "1.25", "0.00", "0.00", "1002.50"]),
  row("within Gujarat at 1.5%, charges CGST and SGST at 0.75% each", { supplier_state: "24", place_of_supply: "24", rate: "1.5", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "7.50", "7.50", "0.00", "0.00", "1015.00"]),
  row("within Gujarat at 3%, charges CGST and SGST at 1.5% each", { supplier_state: "24", place_of_supply: "24", rate: "3", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "15.00", "15.00", "0.00", "0.00", "1030.00"]),
  row("within Gujarat at 5%, charges CGST and SGST at 2.5% each", { supplier_state: "24", place_of_supply: "24", rate: "5", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "25.00", "25.00", "0.00", "0.00", "1050.00"]),
  row("within Gujarat at 12%, charges CGST and SGST at 6% each", { supplier_state: "24", place_of_supply: "24", rate: "12", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "60.00", "60.00", "0.00", "0.00", "1120.00"]),
  row("within Gujarat at 18%, charges CGST and SGST at 9% each", { supplier_state: "24", place_of_supply: "24", rate: "18", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "90.00", "90.00", "0.00", "0.00", "1180.00"]),
  row("within Gujarat at 28%, charges CGST and SGST at 14% each", { supplier_state: "24", place_of_supply: "24", rate: "28", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "140.00", "140.00", "0.00", "0.00", "1280.00"]),
  row("within Gujarat at 40%, charges CGST and SGST at 20% each", { supplier_state: "24", place_of_supply: "24", rate: "40", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "200.00", "200.00", "0.00", "0.00", "1400.00"]),
  row("from Gujarat to Maharashtra at 0%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "0", amount: "1234.57", tax_inclusive: false }, ["1234.57", "0.00", "0.00", "0.00", "0.00", "0.00", "1234.57"]),
  row("from Gujarat to Maharashtra at 0.1%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "0.1", amount: "1234.57", tax_inclusive: false }, ["1234.57", "1.23", "0.00", "0.00", "0.00", "0.00", "1235.80"]),
  row("from Gujarat to Maharashtra at 0.25%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "0.25", amount: "1234.57", tax_inclusive: false }, ["1234.57", "3.09", "0.00", "0.00", "0.00", "0.00", "1237.66"]),
  row("from Gujarat to Maharashtra at 1.5%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "1.5", amount: "1234.57", tax_inclusive: false }, ["1234.57", "18.52", "0.00", "0.00", "0.00", "0.00", "1253.09"]),
  row("from Gujarat to Maharashtra at 3%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "3", amount: "1234.57", tax_inclusive: false }, ["1234.57", "37.04", "0.00", "0.00", "0.00", "0.00", "1271.61"]),
  row("from Gujarat to Maharashtra at 5%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "5", amount: "1234.57", tax_inclusive: false }, ["1234.57", "61.73", "0.00", "0.00", "0.00", "0.00", "1296.30"]),
  row("from Gujarat to Maharashtra at 12%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "12", amount: "1234.57", tax_inclusive: false }, ["1234.57", "148.15", "0.00", "0.00", "0.00", "0.00", "1382.72"]),
  row("from Gujarat to Maharashtra at 18%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "18", amount: "1234.57", tax_inclusive: false }, ["1234.57", "222.22", "0.00", "0.00", "0.00", "0.00", "1456.79"]),
  row("from Gujarat to Maharashtra at 28%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "28", amount: "1234.57", tax_inclusive: false }, ["1234.57", "345.68", "0.00", "0.00", "0.00", "0.00", "1580.25"]),
  row("from Gujarat to Maharashtra at 40%, charges IGST alone", { supplier_state: "24", place_of_supply: "27", rate: "40", amount: "1234.57", tax_inclusive: false }, ["1234.57", "493.83", "0.00", "0.00", "0.00", "0.00", "1728.40"]),
  row("Chandigarh within Chandigarh charges CGST and UTGST", { supplier_state: "04", place_of_supply: "04", rate: "18", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "90.00", "0.00", "90.00", "0.00", "1180.00"]),
  row("Ladakh within Ladakh charges CGST and UTGST on an MRP price", { supplier_state: "38", place_of_supply: "38", rate: "5", amount: "525.00", tax_inclusive: true }, ["500.00", "0.00", "12.50", "0.00", "12.50", "0.00", "525.00"]),
  row("Dadra and Nagar Haveli and Daman and Diu charges UTGST", { supplier_state: "26", place_of_supply: "26", rate: "12", amount: "250.00", tax_inclusive: false }, ["250.00", "0.00", "15.00", "0.00", "15.00", "0.00", "280.00"]),
  row("Andaman and Nicobar Islands charges UTGST", { supplier_state: "35", place_of_supply: "35", rate: "18", amount: "59.00", tax_inclusive: true }, ["50.00", "0.00", "4.50", "0.00", "4.50", "0.00", "59.00"]),
  row("Lakshadweep charges UTGST", { supplier_state: "31", place_of_supply: "31", rate: "5", amount: "10.00", tax_inclusive: false }, ["10.00", "0.00", "0.25", "0.00", "0.25", "0.00", "10.50"]),
  row("Other Territory charges UTGST", { supplier_state: "97", place_of_supply: "97", rate: "18", amount: "100.00", tax_inclusive: false }, ["100.00", "0.00", "9.00", "0.00", "9.00", "0.00", "118.00"]),
  row("Delhi within Delhi charges SGST, not UTGST (it has a legislature)", { supplier_state: "07", place_of_supply: "07", rate: "18", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "90.00", "90.00", "0.00", "0.00", "1180.00"]),
  row("Puducherry within Puducherry charges SGST", { supplier_state: "34", place_of_supply: "34", rate: "12", amount: "112.00", tax_inclusive: true }, ["100.00", "0.00", "6.00", "6.00", "0.00", "0.00", "112.00"]),
  row("Jammu and Kashmir within itself charges SGST", { supplier_state: "01", place_of_supply: "01", rate: "5", amount: "200.00", tax_inclusive: false }, ["200.00", "0.00", "5.00", "5.00", "0.00", "0.00", "210.00"]),
  row("Chandigarh to Punjab is inter-state: IGST", { supplier_state: "04", place_of_supply: "03", rate: "18", amount: "1000.00", tax_inclusive: false }, ["1000.00", "180.00", "0.00", "0.00", "0.00", "0.00", "1180.00"]),
  row("Delhi to Haryana is inter-state: IGST", { supplier_state: "07", place_of_supply: "06", rate: "5", amount: "99.99", tax_inclusive: true }, ["95.23", "4.76", "0.00", "0.00", "0.00", "0.00", "99.99"]),
  row("MRP of 1180.00 at 18% within a state is 1000.00 + 90.00 + 90.00", { supplier_state: "24", place_of_supply: "24", rate: "18", amount: "1180.00", tax_inclusive: true }, ["1000.00", "0.00", "90.00", "90.00", "0.00", "0.00", "1180.00"]),
  row("MRP of 100.00 at 18% puts the leftover paisa into the taxable value", { supplier_state: "24", place_of_supply: "24", rate: "18", amount: "100.00", tax_inclusive: true }, ["84.74", "0.00", "7.63", "7.63", "0.00", "0.00", "100.00"]),
  row("MRP of 99.99 at 5% within a state rounds each half to the paisa", { supplier_state: "24", place_of_supply: "24", rate: "5", amount: "99.99", tax_inclusive: true }, ["95.23", "0.00", "2.38", "2.38", "0.00", "0.00", "99.99"]),
  row("MRP of 99.99 at 5% across states", { supplier_state: "24", place_of_supply: "29", rate: "5", amount: "99.99", tax_inclusive: true }, ["95.23", "4.76", "0.00", "0.00", "0.00", "0.00", "99.99"]),
  row("MRP at 12% across states", { supplier_state: "27", place_of_supply: "24", rate: "12", amount: "449.00", tax_inclusive: true }, ["400.89", "48.11", "0.00", "0.00", "0.00", "0.00", "449.00"]),
  row("MRP at 28% within a state", { supplier_state: "29", place_of_supply: "29", rate: "28", amount: "1999.00", tax_inclusive: true }, ["1561.72", "0.00", "218.64", "218.64", "0.00", "0.00", "1999.00"]),
  row("cess on top of 28% within a state", { supplier_state: "24", place_of_supply: "24", rate: "28", cess_rate: "12", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "140.00", "140.00", "0.00", "120.00", "1400.00"]),
  row("cess on top of 28% across states", { supplier_state: "24", place_of_supply: "27", rate: "28", cess_rate: "12", amount: "1000.00", tax_inclusive: false }, ["1000.00", "280.00", "0.00", "0.00", "0.00", "120.00", "1400.00"]),
  row("MRP including 28% and 12% cess", { supplier_state: "24", place_of_supply: "24", rate: "28", cess_rate: "12", amount: "1400.00", tax_inclusive: true }, ["1000.00", "0.00", "140.00", "140.00", "0.00", "120.00", "1400.00"]),
  row("MRP including 28% and 15% cess across states, with rounding", { supplier_state: "27", place_of_supply: "29", rate: "28", cess_rate: "15", amount: "999.99", tax_inclusive: true }, ["699.30", "195.80", "0.00", "0.00", "0.00", "104.89", "999.99"]),
  row("cess in a Union territory comes with UTGST", { supplier_state: "04", place_of_supply: "04", rate: "28", cess_rate: "1", amount: "500.00", tax_inclusive: false }, ["500.00", "0.00", "70.00", "0.00", "70.00", "5.00", "645.00"]),
  row("export under LUT is zero-rated: no IGST", { supplier_state: "24", place_of_supply: null, rate: "18", amount: "1000.00", tax_inclusive: false, supply_type: "export", lut: true }, ["1000.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1000.00"]),
  row("export under LUT on an inclusive price keeps the whole price as taxable value", { supplier_state: "24", place_of_supply: null, rate: "18", amount: "1000.00", tax_inclusive: true, supply_type: "export", lut: true }, ["1000.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1000.00"]),
  row("export with payment of IGST charges IGST at the full rate", { supplier_state: "24", place_of_supply: null, rate: "18", amount: "1000.00", tax_inclusive: false, supply_type: "export", lut: false }, ["1000.00", "180.00", "0.00", "0.00", "0.00", "0.00", "1180.00"]),
  row("export with payment of IGST and cess", { supplier_state: "24", place_of_supply: null, rate: "28", cess_rate: "12", amount: "1000.00", tax_inclusive: false, supply_type: "export", lut: false }, ["1000.00", "280.00", "0.00", "0.00", "0.00", "120.00", "1400.00"]),
  row("export under LUT carries no cess either", { supplier_state: "24", place_of_supply: null, rate: "28", cess_rate: "12", amount: "1000.00", tax_inclusive: false, supply_type: "export", lut: true }, ["1000.00", "0.00", "0.00", "0.00", "0.00", "0.00", "1000.00"]),
  row("supply to an SEZ in the same state is inter-state: IGST", { supplier_state: "24", place_of_supply: "24", rate: "18", amount: "1000.00", tax_inclusive: false, supply_type: "sez", lut: false }, ["1000.00", "180.00", "0.00", "0.00", "0.00", "0.00", "1180.00"]),
  row("supply to an SEZ under LUT is zero-rated", { supplier_state: "27", place_of_supply: "27", rate: "12", amount: "750.00", tax_inclusive: false, supply_type: "sez", lut: true }, ["750.00", "0.00", "0.00", "0.00", "0.00", "0.00", "750.00"]),
  row("supply to an SEZ in another state on an MRP price", { supplier_state: "24", place_of_supply: "29", rate: "5", amount: "105.00", tax_inclusive: true, supply_type: "sez", lut: false }, ["100.00", "5.00", "0.00", "0.00", "0.00", "0.00", "105.00"]),
  row("three units taxed once on the line value, not per unit", { supplier_state: "24", place_of_supply: "24", rate: "5", amount: "333.33", quantity: 3, tax_inclusive: false }, ["999.99", "0.00", "25.00", "25.00", "0.00", "0.00", "1049.99"]),
  row("twelve units at an MRP across states", { supplier_state: "24", place_of_supply: "27", rate: "12", amount: "49.99", quantity: 12, tax_inclusive: true }, ["535.61", "64.27", "0.00", "0.00", "0.00", "0.00", "599.88"]),
  row("quantity on a UTGST line", { supplier_state: "38", place_of_supply: "38", rate: "18", amount: "0.99", quantity: 7, tax_inclusive: false }, ["6.93", "0.00", "0.62", "0.00", "0.62", "0.00", "8.17"]),
  row("zero amount gives zero tax", { supplier_state: "24", place_of_supply: "24", rate: "18", amount: "0.00", tax_inclusive: false }, ["0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]),
  row("zero amount across states", { supplier_state: "24", place_of_supply: "27", rate: "28", amount: "0.00", tax_inclusive: true }, ["0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"]),
  row("one paisa at 28% rounds the tax halves to nothing", { supplier_state: "24", place_of_supply: "24", rate: "28", amount: "0.01", tax_inclusive: false }, ["0.01", "0.00", "0.00", "0.00", "0.00", "0.00", "0.01"]),
  row("half a paisa of IGST rounds up", { supplier_state: "24", place_of_supply: "27", rate: "18", amount: "0.25", tax_inclusive: false }, ["0.25", "0.05", "0.00", "0.00", "0.00", "0.00", "0.30"]),
  row("half a paisa of CGST and of SGST each rounds up", { supplier_state: "24", place_of_supply: "24", rate: "18", amount: "0.50", tax_inclusive: false }, ["0.50", "0.00", "0.05", "0.05", "0.00", "0.00", "0.60"]),
  row("ten crore rupees across states", { supplier_state: "24", place_of_supply: "27", rate: "18", amount: "100000000.00", tax_inclusive: false }, ["100000000.00", "18000000.00", "0.00", "0.00", "0.00", "0.00", "118000000.00"]),
  row("ten crore rupees MRP within a state", { supplier_state: "24", place_of_supply: "24", rate: "18", amount: "100000000.00", tax_inclusive: true }, ["84745762.72", "0.00", "7627118.64", "7627118.64", "0.00", "0.00", "100000000.00"]),
  row("ten crore rupees MRP with cess", { supplier_state: "24", place_of_supply: "27", rate: "28", cess_rate: "12", amount: "100000000.00", tax_inclusive: true }, ["71428571.43", "20000000.00", "0.00", "0.00", "0.00", "8571428.57", "100000000.00"]),
  row("an amount without decimals", { supplier_state: "24", place_of_supply: "24", rate: "18", amount: "1180", tax_inclusive: true }, ["1000.00", "0.00", "90.00", "90.00", "0.00", "0.00", "1180.00"]),
  row("an amount with one decimal", { supplier_state: "24", place_of_supply: "27", rate: "12", amount: "99.9", tax_inclusive: false }, ["99.90", "11.99", "0.00", "0.00", "0.00", "0.00", "111.89"]),
  row("a rate written with trailing zeros", { supplier_state: "24", place_of_supply: "24", rate: "18.00", amount: "1000.00", tax_inclusive: false }, ["1000.00", "0.00", "90.00", "90.00", "0.00", "0.00", "1180.00"]),
  row("place of supply given as an ISO code", { supplier_state: "24", place_of_supply: "IN-MH", rate: "18", amount: "1000.00", tax_inclusive: false }, ["1000.00", "180.00", "0.00", "0.00", "0.00", "0.00", "1180.00"]),
  row("supplier state given by name, place of supply by legacy ISO code", { supplier_state: "Gujarat", place_of_supply: "in-ct", rate: "18", amount: "1000.00", tax_inclusive: false }, ["1000.00", "180.00", "0.00", "0.00", "0.00", "0.00", "1180.00"]),
]

const sumPaise = (values: string[]) => values.reduce((sum, value) => sum + parseMoney(value), 0n)

function lineValue(input: TaxSplitInput): bigint {
  return parseMoney(input.amount) * BigInt(input.quantity ?? 1)
}

function figures(split: TaxSplit): Expected {
  return [split.taxable_value, split.igst, split.cgst, split.sgst, split.utgst, split.cess, split.total]
}

describe("splitTax", () => {
  it("has at least 45 worked rows", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(45)
  })

  describe.each(ROWS)("$name", ({ input, expected }) => {
    const split = splitTax(input)

    it("gives the worked taxable value, heads and total", () => {
      expect(figures(split)).toEqual(expected)
    })

    it("adds up: taxable value + every head = total", () => {
      const heads = split.heads.map((head) => head.amount)
      expect(formatMoney(parseMoney(split.taxable_value) + sumPaise(heads))).toBe(split.total)
    })

    it("lists each non-zero figure under a head of that name", () => {
      const byHead = (name: string) => sumPaise(split.heads.filter((head) => head.head === name).map((head) => head.amount))
      expect([byHead("IGST"), byHead("CGST"), byHead("SGST"), byHead("UTGST"), byHead("CESS")].map(formatMoney)).toEqual([
        split.igst,
        split.cgst,
        split.sgst,
        split.utgst,
        split.cess,
      ])
    })

    it("charges CGST equal to SGST or UTGST, never alongside IGST", () => {
      expect(split.cgst).toBe(formatMoney(parseMoney(split.sgst) + parseMoney(split.utgst)))
      if (parseMoney(split.igst) > 0n) expect(parseMoney(split.cgst)).toBe(0n)
      expect(parseMoney(split.sgst) > 0n && parseMoney(split.utgst) > 0n).toBe(false)
    })

    it("keeps an inclusive price whole, or adds tax on top of an exclusive one", () => {
      if (input.tax_inclusive) {
        expect(parseMoney(split.total)).toBe(lineValue(input))
      } else {
        expect(parseMoney(split.taxable_value)).toBe(lineValue(input))
      }
    })
  })
})

describe("splitTax heads", () => {
  it("names CGST and SGST at half the rate within a state", () => {
    const split = splitTax({ supplier_state: "24", place_of_supply: "24", rate: "5", amount: "100.00", tax_inclusive: false })
    expect(split.heads).toEqual([
      { head: "CGST", rate: "2.5", amount: "2.50" },
      { head: "SGST", rate: "2.5", amount: "2.50" },
    ])
    expect(split.supply).toBe("intra_state")
    expect(split.zero_rated).toBe(false)
  })

  it("names CGST and UTGST at 0.125% each for a 0.25% supply in Ladakh", () => {
    const split = splitTax({ supplier_state: "38", place_of_supply: "38", rate: "0.25", amount: "8000.00", tax_inclusive: false })
    expect(split.heads).toEqual([
      { head: "CGST", rate: "0.125", amount: "10.00" },
      { head: "UTGST", rate: "0.125", amount: "10.00" },
    ])
  })

  it("names IGST at the full rate and cess separately across states", () => {
    const split = splitTax({
      supplier_state: "27",
      place_of_supply: "29",
      rate: "28",
      cess_rate: "12",
      amount: "100.00",
      tax_inclusive: false,
    })
    expect(split.heads).toEqual([
      { head: "IGST", rate: "28", amount: "28.00" },
      { head: "CESS", rate: "12", amount: "12.00" },
    ])
    expect(split.supply).toBe("inter_state")
  })

  it("shows IGST at 0% on an export under LUT, marked zero-rated", () => {
    const split = splitTax({
      supplier_state: "24",
      place_of_supply: null,
      supply_type: "export",
      lut: true,
      rate: "18",
      amount: "500.00",
      tax_inclusive: false,
    })
    expect(split.heads).toEqual([{ head: "IGST", rate: "0", amount: "0.00" }])
    expect(split.zero_rated).toBe(true)
    expect(split.supply).toBe("inter_state")
  })

  it("omits the cess head when the cess rate is zero", () => {
    const split = splitTax({ supplier_state: "24", place_of_supply: "27", rate: "18", cess_rate: "0", amount: "10.00", tax_inclusive: false })
    expect(split.heads.map((head) => head.head)).toEqual(["IGST"])
  })
})

describe("splitTax refuses input that breaks a rule", () => {
  const base: TaxSplitInput = { supplier_state: "24", place_of_supply: "27", rate: "18", amount: "100.00", tax_inclusive: false }

  it.each<[string, Partial<TaxSplitInput>, RegExp]>([
    ["a missing place of supply on a domestic sale", { place_of_supply: null }, /missing state/],
    ["a blank place of supply", { place_of_supply: "  " }, /missing state/],
    ["a missing place of supply on a supply to an SEZ", { place_of_supply: null, supply_type: "sez" }, /missing state/],
    ["a negative amount", { amount: "-1.00" }, /negative/],
    ["an amount with three decimals", { amount: "10.005" }, /two decimals/],
    ["an amount that is not a number", { amount: "ten" }, /not an amount/],
    ["a negative rate", { rate: "-5" }, /not a GST rate/],
    ["a rate that is not a number", { rate: "eighteen" }, /not a GST rate/],
    ["a negative cess rate", { cess_rate: "-1" }, /not a GST rate/],
    ["a zero quantity", { quantity: 0 }, /positive whole number/],
    ["a fractional quantity", { quantity: 1.5 }, /positive whole number/],
    ["an unknown supplier state", { supplier_state: "45" }, /supplier state "45" is not a GST state code/],
    ["an unknown place of supply", { place_of_supply: "Atlantis" }, /place of supply "Atlantis"/],
    ["Centre Jurisdiction as place of supply", { place_of_supply: "99" }, /Centre Jurisdiction/],
    ["LUT on a domestic supply", { lut: true }, /lut applies only to exports/],
  ])("rejects %s", (_name, change, message) => {
    const attempt = () => splitTax({ ...base, ...change })
    expect(attempt).toThrow(message)
    expect(attempt).toThrow(GstRuleError)
  })
})
