import {
  b2clThreshold,
  classifySupply,
  csvField,
  currentPeriod,
  filingPeriod,
  inconsistencyReason,
  isFuturePeriod,
  isPeriod,
  isUin,
  offlineToolDate,
  offlineToolPlaceOfSupply,
  portalDate,
  SectionFacts,
} from "./rules"
import { gstr3bResultText, Gstr3bResult } from "./prepare"

describe("return periods", () => {
  it.each<[string, string]>([
    ["2024-08", "082024"],
    ["2017-07", "072017"],
    ["2025-12", "122025"],
  ])("files %p as fp %p", (period, fp) => {
    expect(filingPeriod(period)).toBe(fp)
  })

  it.each(["2024-13", "2024-00", "24-08", "2024/08", "2024-8", ""])("refuses %p as a period", (period) => {
    expect(isPeriod(period)).toBe(false)
    expect(() => filingPeriod(period)).toThrow(/YYYY-MM/)
  })

  it("takes the current period from the Indian calendar day, not UTC", () => {
    // 31 Aug 2024 20:00 UTC is 1 Sep 2024 01:30 IST.
    expect(currentPeriod(new Date("2024-08-31T20:00:00Z"))).toBe("2024-09")
    expect(currentPeriod(new Date("2024-08-31T18:00:00Z"))).toBe("2024-08")
  })

  it.each<[string, boolean]>([
    ["2024-08", false],
    ["2024-09", false],
    ["2024-10", true],
    ["2025-01", true],
  ])("treats %p as future on 1 Sep 2024 IST: %p", (period, future) => {
    expect(isFuturePeriod(period, new Date("2024-08-31T20:00:00Z"))).toBe(future)
  })
})

describe("dates", () => {
  it.each<[string, string, string]>([
    ["2024-08-05", "05-08-2024", "05-Aug-24"],
    ["2025-01-31", "31-01-2025", "31-Jan-25"],
    ["2017-12-01", "01-12-2017", "01-Dec-17"],
  ])("writes %p as %p in the JSON and %p in the CSV", (date, json, csv) => {
    expect(portalDate(date)).toBe(json)
    expect(offlineToolDate(date)).toBe(csv)
  })

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => portalDate("05/08/2024")).toThrow(/YYYY-MM-DD/)
  })
})

describe("the B2C Large threshold (CGST Rules r.59(4), Notification 12/2024-Central Tax)", () => {
  it.each<[string, string]>([
    ["2017-07-01", "250000.00"],
    ["2024-07-31", "250000.00"],
    ["2024-08-01", "100000.00"],
    ["2026-03-31", "100000.00"],
  ])("on %p is ₹%p", (date, threshold) => {
    expect(b2clThreshold(date)).toBe(threshold)
  })
})

const interStateB2c = (invoice_value: string, invoice_date: string): SectionFacts => ({
  supply_type: "b2cs",
  buyer_gstin: null,
  place_of_supply: "29",
  supplier_state_code: "24",
  invoice_value,
  invoice_date,
})

describe("classifySupply", () => {
  it.each<[string, SectionFacts, string]>([
    ["₹1,77,000 inter-State on 31 Jul 2024", interStateB2c("177000.00", "2024-07-31"), "b2cs"],
    ["₹1,77,000 inter-State on 1 Aug 2024", interStateB2c("177000.00", "2024-08-01"), "b2cl"],
    ["exactly ₹1,00,000 on 1 Aug 2024 (not above)", interStateB2c("100000.00", "2024-08-01"), "b2cs"],
    ["₹1,00,000.01 on 1 Aug 2024", interStateB2c("100000.01", "2024-08-01"), "b2cl"],
    ["exactly ₹2,50,000 in July 2024 (not above)", interStateB2c("250000.00", "2024-07-15"), "b2cs"],
    ["₹2,50,000.01 in July 2024", interStateB2c("250000.01", "2024-07-15"), "b2cl"],
    ["₹5,00,000 intra-State to an unregistered buyer", { ...interStateB2c("500000.00", "2024-08-10"), place_of_supply: "24" }, "b2cs"],
    ["a buyer with a GSTIN", { ...interStateB2c("500.00", "2024-08-10"), buyer_gstin: "27AAPFU0939F1ZV" }, "b2b"],
    ["a b2b document without a buyer GSTIN", { ...interStateB2c("500.00", "2024-08-10"), supply_type: "b2b" }, "b2cs"],
    ["place of supply 96", { ...interStateB2c("500.00", "2024-08-10"), place_of_supply: "96" }, "exp"],
    ["an export without place of supply 96", { ...interStateB2c("500.00", "2024-08-10"), supply_type: "exp" }, "exp"],
  ])("files %s under %p", (_case, facts, section) => {
    expect(classifySupply(facts)).toBe(section)
  })
})

describe("inconsistencyReason", () => {
  it("explains a B2C Large document below the threshold of its date", () => {
    const facts = { ...interStateB2c("94400.00", "2024-08-06"), supply_type: "b2cl" as const }
    expect(inconsistencyReason(facts, "b2cs")).toMatch(/₹94400.00 of 2024-08-06 is not above ₹1,00,000/)
  })

  it("explains an intra-State document stored as B2C Large", () => {
    const facts = { ...interStateB2c("300000.00", "2024-08-06"), supply_type: "b2cl" as const, place_of_supply: "24" }
    expect(inconsistencyReason(facts, "b2cs")).toMatch(/intra-State/)
  })

  it("explains a B2C Others document above the threshold", () => {
    expect(inconsistencyReason(interStateB2c("300000.00", "2024-06-06"), "b2cl")).toMatch(/above ₹2,50,000/)
  })
})

describe("small helpers", () => {
  it.each<[string | null, boolean]>([
    ["0717UNO00157UNO", true],
    ["27AAPFU0939F1ZV", false],
    [null, false],
  ])("knows %p is a UIN: %p", (gstin, uin) => {
    expect(isUin(gstin)).toBe(uin)
  })

  it.each<[string, string]>([
    ["24", "24-Gujarat"],
    ["96", "96-Other Countries"],
    ["26", "26-Dadra and Nagar Haveli and Daman and Diu"],
  ])("spells place of supply %p as %p", (code, label) => {
    expect(offlineToolPlaceOfSupply(code)).toBe(label)
  })

  it.each<[string, string]>([
    ["Walk-in customer", "Walk-in customer"],
    ["Shah, Priya", '"Shah, Priya"'],
    ['The "Best" Shop', '"The ""Best"" Shop"'],
  ])("quotes the CSV field %p as %p", (value, quoted) => {
    expect(csvField(value)).toBe(quoted)
  })

  it("turns GSTR-3B amounts into JSON number literals without floats", () => {
    const heads = { txval: "100000000000000.10", iamt: "-0.05", camt: "0.00", samt: "0.00", csamt: "0.00" }
    const result = {
      return_type: "GSTR3B",
      gstin: "24AAACH1234F1Z9",
      period: "2024-08",
      gstr3b: {
        gstin: "24AAACH1234F1Z9",
        ret_period: "082024",
        sup_details: { osup_det: heads, osup_zero: { txval: "0.00", iamt: "0.00", csamt: "0.00" }, osup_nil_exmp: { txval: "0.00" }, isup_rev: heads, osup_nongst: { txval: "0.00" } },
        inter_sup: { unreg_details: [{ pos: "27", txval: "1.50", iamt: "0.27" }], comp_details: [], uin_details: [] },
      },
    } as unknown as Gstr3bResult
    const text = gstr3bResultText(result)
    expect(text).toContain('"osup_det":{"txval":100000000000000.10,"iamt":-0.05')
    expect(text).toContain('{"pos":"27","txval":1.50,"iamt":0.27}')
    expect(text).toContain('"ret_period":"082024"')
  })
})
