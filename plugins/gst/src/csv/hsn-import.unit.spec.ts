import { checkHsnRows, readHsnCsv } from "./hsn-import"

const HEADER = "code,description,uqc,rate,effective_from,cess_rate,notification,product_handle"

function check(lines: string[]) {
  const read = readHsnCsv([HEADER, ...lines].join("\n"))
  const checked = checkHsnRows(read.rows)
  return { ...checked, errors: [...read.errors, ...checked.errors] }
}

describe("HSN CSV rows", () => {
  it("groups dated rates under their code and normalises percents", () => {
    const { entries, errors } = check([
      "21069099,Namkeen,KGS,12.00,2017-07-01,,1/2017-CTR,",
      "21069099,Namkeen,KGS,5,2025-09-22,0,9/2025-CTR,aloo-bhujia",
      "996812,Courier services,NA,18,2017-07-01,,,",
    ])
    expect(errors).toEqual([])
    expect(entries).toEqual([
      {
        code: "21069099",
        kind: "goods",
        description: "Namkeen",
        uqc: "KGS",
        row: 2,
        rates: [
          { effective_from: "2017-07-01", rate: "12", cess_rate: "0", notification: "1/2017-CTR", row: 2 },
          { effective_from: "2025-09-22", rate: "5", cess_rate: "0", notification: "9/2025-CTR", row: 3 },
        ],
        product_handles: [{ handle: "aloo-bhujia", row: 3 }],
      },
      { code: "996812", kind: "services", description: "Courier services", uqc: "NA", row: 4, rates: [{ effective_from: "2017-07-01", rate: "18", cess_rate: "0", notification: null, row: 4 }], product_handles: [] },
    ])
  })

  it.each([
    ["a 5-digit HSN", "17041,Candy,KGS,18,2017-07-01,,,", "code", /4, 6 or 8 digits/],
    ["a 5-digit SAC", "99681,Courier,NA,18,2017-07-01,,,", "code", /SAC "99681" must be 6 digits/],
    ["a UQC not on the portal's list", "1704,Candy,KILO,18,2017-07-01,,,", "uqc", /not on the GST portal's list/],
    ["NA for goods", "1704,Candy,NA,18,2017-07-01,,,", "uqc", /only for services/],
    ["12% after the 22 Sep 2025 rationalisation", "1704,Candy,KGS,12,2025-10-01,,,", "rate", /12% is not a GST rate on 2025-10-01/],
    ["40% before it", "1704,Candy,KGS,40,2025-01-01,,,", "rate", /40% is not a GST rate on 2025-01-01/],
    ["a date that does not exist", "1704,Candy,KGS,18,2025-02-30,,,", "effective_from", /not a date/],
    ["a date before GST", "1704,Candy,KGS,18,2017-06-30,,,", "effective_from", /before GST began/],
    ["a rate that is not a number", "1704,Candy,KGS,eighteen,2017-07-01,,,", "rate", /not a percent/],
    ["a negative cess", "1704,Candy,KGS,18,2017-07-01,-1,,", "cess_rate", /not a percent/],
    ["a rate without its date", "1704,Candy,KGS,18,,,,", "effective_from", /required/],
    ["no description", "1704,,KGS,18,2017-07-01,,,", "description", /required/],
  ])("refuses %s in the right column", (_name, line, column, message) => {
    const { errors } = check([line])
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ row: 2, column })
    expect(errors[0].message).toMatch(message)
  })

  it("accepts 12% from 1 Jan 2025 and 40% from 1 Oct 2025", () => {
    expect(check(["1704,Candy,KGS,12,2025-01-01,,,", "1704,Candy,KGS,40,2025-10-01,,,"]).errors).toEqual([])
  })

  it("refuses two different rates for one code and date, and two descriptions for one code", () => {
    const { errors } = check([
      "1704,Candy,KGS,18,2017-07-01,,,",
      "1704,Candy,KGS,5,2017-07-01,,,",
      "1704,Toffee,KGS,5,2025-09-22,,,",
    ])
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, "effective_from"],
      [4, "description"],
    ])
  })

  it("accepts the same rate row repeated to classify several products", () => {
    const { errors, entries } = check(["1704,Candy,KGS,18,2017-07-01,,,a", "1704,Candy,KGS,18,2017-07-01,,,b"])
    expect(errors).toEqual([])
    expect(entries[0].rates).toHaveLength(1)
    expect(entries[0].product_handles.map((p) => p.handle)).toEqual(["a", "b"])
  })

  it("takes the kind from a kind column and checks the code against it", () => {
    const read = readHsnCsv("code,description,uqc,rate,effective_from,kind\n123456,Work,NA,18,2017-07-01,services\n9965,GTA,NA,5,2017-07-01,\n")
    const { errors, entries } = checkHsnRows(read.rows)
    expect(errors).toEqual([expect.objectContaining({ row: 2, column: "code", message: expect.stringMatching(/SAC "123456"/) })])
    expect(entries.map((e) => [e.code, e.kind])).toEqual([["9965", "services"]])
  })

  it("refuses one product under two codes", () => {
    const { errors } = check(["1704,Candy,KGS,18,2017-07-01,,,a", "0801,Cashew,KGS,5,2017-07-01,,,a"])
    expect(errors).toEqual([expect.objectContaining({ row: 3, column: "product_handle" })])
  })

  it("refuses a header with an unknown or missing column, and a row with too many values", () => {
    const read = readHsnCsv("code,description,uqc,rate,hsn\n1704,Candy,KGS,18,x,y\n")
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([
      [1, "hsn"],
      [1, "effective_from"],
      [2, null],
    ])
  })

  it("reports a CSV syntax error with its line", () => {
    expect(readHsnCsv(`${HEADER}\n1704,"Candy,KGS\n`).errors).toEqual([
      { row: 2, column: null, message: expect.stringMatching(/never closed/) },
    ])
  })
})
