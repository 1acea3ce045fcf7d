import { GST_STATES, resolveState, stateFromGstin } from "./state-codes"

// Province codes Medusa 2.21's admin offers for India (dashboard country-states data).
const MEDUSA_ADMIN_PROVINCES = [
  "IN-AN", "IN-AP", "IN-AR", "IN-AS", "IN-BR", "IN-CH", "IN-CT", "IN-DN", "IN-DL", "IN-GA", "IN-GJ", "IN-HR",
  "IN-HP", "IN-JH", "IN-KA", "IN-KL", "IN-LD", "IN-MP", "IN-MH", "IN-MN", "IN-ML", "IN-MZ", "IN-NL", "IN-OR",
  "IN-PY", "IN-PB", "IN-RJ", "IN-SK", "IN-TN", "IN-TG", "IN-TR", "IN-UP", "IN-UT", "IN-WB",
]

describe("GST_STATES", () => {
  it("holds the 36 states and UTs in force, Other Territory and Centre Jurisdiction", () => {
    expect(GST_STATES).toHaveLength(38)
  })

  it("has unique two-digit codes in ascending order", () => {
    const codes = GST_STATES.map((state) => state.code)
    expect(codes.every((code) => /^\d{2}$/.test(code))).toBe(true)
    expect([...codes].sort()).toEqual(codes)
    expect(new Set(codes).size).toBe(codes.length)
  })

  it("retires 25 (Daman and Diu) and 28 (undivided Andhra Pradesh)", () => {
    expect(GST_STATES.map((state) => state.code)).not.toEqual(expect.arrayContaining(["25"]))
    expect(GST_STATES.map((state) => state.code)).not.toEqual(expect.arrayContaining(["28"]))
  })

  it("has a unique current ISO 3166-2 code for every state and UT", () => {
    const isoCodes = GST_STATES.filter((state) => state.iso !== null).map((state) => state.iso)
    expect(isoCodes).toHaveLength(36)
    expect(isoCodes.every((iso) => /^IN-[A-Z]{2}$/.test(iso as string))).toBe(true)
    expect(new Set(isoCodes).size).toBe(36)
  })

  it("levies UTGST exactly in the UTs without legislature (CGST Act s.2(114))", () => {
    const utgst = GST_STATES.filter((state) => state.utgst).map((state) => state.code)
    expect(utgst).toEqual(["04", "26", "31", "35", "38", "97"])
  })

  it("treats Delhi, Puducherry and Jammu and Kashmir as UTs that levy SGST", () => {
    for (const code of ["07", "34", "01"]) {
      const state = resolveState(code)
      expect(state?.type).toBe("union_territory")
      expect(state?.utgst).toBe(false)
    }
  })
})

describe("resolveState", () => {
  it.each<[string, string]>([
    ["24", "24"],
    ["7", "07"],
    ["07", "07"],
    [" 27 ", "27"],
    ["IN-GJ", "24"],
    ["in-gj", "24"],
    ["GJ", "24"],
    ["gj", "24"],
    ["Gujarat", "24"],
    ["gujarat", "24"],
    ["GUJARAT", "24"],
    ["  Gujarat  ", "24"],
    ["Orissa", "21"],
    ["Odisha", "21"],
    ["IN-OR", "21"],
    ["IN-OD", "21"],
    ["Pondicherry", "34"],
    ["Puducherry", "34"],
    ["NCT of Delhi", "07"],
    ["Delhi", "07"],
    ["New Delhi", "07"],
    ["IN-CT", "22"],
    ["IN-CG", "22"],
    ["Chhattisgarh", "22"],
    ["Chattisgarh", "22"],
    ["IN-TG", "36"],
    ["TS", "36"],
    ["Telangana", "36"],
    ["IN-UT", "05"],
    ["UK", "05"],
    ["Uttaranchal", "05"],
    ["IN-DN", "26"],
    ["IN-DD", "26"],
    ["dh", "26"],
    ["25", "26"],
    ["Dadra & Nagar Haveli and Daman & Diu", "26"],
    ["Daman and Diu", "26"],
    ["IN-LA", "38"],
    ["Ladakh", "38"],
    ["IN-JK", "01"],
    ["Jammu & Kashmir", "01"],
    ["Andaman & Nicobar Islands", "35"],
    ["tamil   nadu", "33"],
    ["West Bengal", "19"],
    ["Andhra Pradesh", "37"],
    ["IN-AP", "37"],
    ["Other Territory", "97"],
    ["97", "97"],
    ["99", "99"],
  ])("resolves %p to %p", (input, code) => {
    expect(resolveState(input)?.code).toBe(code)
  })

  it.each(["", "   ", "00", "28", "39", "96", "123", "IN-XX", "XX", "IN-", "Atlantis", "Gujarat State"])(
    "finds nothing for %p",
    (input) => {
      expect(resolveState(input)).toBeNull()
    }
  )

  it("resolves every state from its own code, ISO code and name", () => {
    for (const state of GST_STATES) {
      expect(resolveState(state.code)).toBe(state)
      expect(resolveState(state.name)).toBe(state)
      if (state.iso) expect(resolveState(state.iso.toLowerCase())).toBe(state)
    }
  })

  it("resolves every province code Medusa's admin offers for India", () => {
    const unresolved = MEDUSA_ADMIN_PROVINCES.filter((iso) => resolveState(iso) === null)
    expect(unresolved).toEqual([])
  })
})

describe("stateFromGstin", () => {
  it.each<[string, string | null]>([
    ["24AAACB1234C1Z5", "24"],
    ["27aapfu0939f1zv", "27"],
    ["  33AAFPR8076E1ZK", "33"],
    ["9917SGP29001OST", "99"],
    ["25AAACB1234C1Z5", "26"],
    ["45AAACB1234C1Z5", null],
    ["ZZAAACB1234C1Z5", null],
    ["", null],
  ])("reads the state of %p as %p", (gstin, code) => {
    expect(stateFromGstin(gstin)?.code ?? null).toBe(code)
  })
})
