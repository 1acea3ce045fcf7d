import { computeGstinCheckChar, PAN_HOLDER_TYPES, validateGstin, validatePan } from "./gstin"
import { GstRuleError } from "./errors"

const withCheck = (first14: string) => first14 + computeGstinCheckChar(first14)

function reasonFor(value: string): string {
  const result = validateGstin(value)
  if (result.valid) throw new Error(`expected ${value} to be invalid`)
  return result.reason
}

describe("computeGstinCheckChar", () => {
  // GSTINs published in advance rulings, GSTN guidance and public test data.
  it.each<[string, string]>([
    ["33AAFPR8076E1Z", "K"],
    ["32AAAFW5661R1Z", "N"],
    ["27AAPFU0939F1Z", "V"],
    ["36AASFP8573D2Z", "N"],
    ["29AABCF8078M2Z", "W"],
    ["27AAJCS5738D1Z", "6"],
    ["06DELI09652G1D", "A"],
    ["29AABCF8078M1C", "8"],
    ["0717UNO00157UN", "O"],
    ["9917SGP29001OS", "T"],
  ])("gives %p the check character %p", (first14, check) => {
    expect(computeGstinCheckChar(first14)).toBe(check)
  })

  it("accepts lowercase and surrounding spaces", () => {
    expect(computeGstinCheckChar(" 27aapfu0939f1z ")).toBe("V")
  })

  it.each([["27AAPFU0939F1"], ["27AAPFU0939F1ZV"], [""]])("refuses %p, which is not 14 characters", (input) => {
    expect(() => computeGstinCheckChar(input)).toThrow(GstRuleError)
  })

  it("refuses a character outside 0-9 and A-Z", () => {
    expect(() => computeGstinCheckChar("27AAPFU0939F1-")).toThrow(/position 14/)
  })

  it("catches every single-character typo in a GSTIN", () => {
    const gstin = "33AAFPR8076E1ZK"
    const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for (let position = 0; position < 14; position++) {
      for (const replacement of alphabet) {
        if (replacement === gstin[position]) continue
        const typo = gstin.slice(0, position) + replacement + gstin.slice(position + 1, 14)
        expect(computeGstinCheckChar(typo)).not.toBe("K")
      }
    }
  })

  it("catches every swap of two adjacent different characters", () => {
    const gstin = "27AAJCS5738D1Z6"
    for (let position = 0; position < 13; position++) {
      if (gstin[position] === gstin[position + 1]) continue
      const swapped = gstin.slice(0, position) + gstin[position + 1] + gstin[position] + gstin.slice(position + 2, 14)
      expect(computeGstinCheckChar(swapped)).not.toBe("6")
    }
  })
})

describe("validateGstin accepts", () => {
  it.each<[string, string, string | null, string | null, string]>([
    ["33AAFPR8076E1ZK", "33", "AAFPR8076E", "1", "normal"],
    ["32AAAFW5661R1ZN", "32", "AAAFW5661R", "1", "normal"],
    ["27AAPFU0939F1ZV", "27", "AAPFU0939F", "1", "normal"],
    ["36AASFP8573D2ZN", "36", "AASFP8573D", "2", "normal"],
    ["29AABCF8078M2ZW", "29", "AABCF8078M", "2", "normal"],
    ["27AAJCS5738D1Z6", "27", "AAJCS5738D", "1", "normal"],
    ["01AAAAP1208Q1ZS", "01", "AAAAP1208Q", "1", "normal"],
    ["19AAACI1681G1DV", "19", "AAACI1681G", "1", "tax_deductor"],
    ["06DELI09652G1DA", "06", null, "1", "tax_deductor"],
    ["09ALDN00287A1DD", "09", null, "1", "tax_deductor"],
    ["29AABCF8078M1C8", "29", "AABCF8078M", "1", "tax_collector"],
    ["27AAECG3736E1C2", "27", "AAECG3736E", "1", "tax_collector"],
    ["0717UNO00157UNO", "07", null, null, "uin"],
    ["0717UNO00211UN2", "07", null, null, "uin"],
    ["2117UNO00002UNF", "21", null, null, "uin"],
    ["9917SGP29001OST", "99", null, null, "non_resident_oidar"],
    ["9917SGP29002OSR", "99", null, null, "non_resident_oidar"],
  ])("published GSTIN %p", (gstin, state, pan, entityCode, registrationType) => {
    expect(validateGstin(gstin)).toEqual({
      valid: true,
      gstin,
      state: expect.objectContaining({ code: state }),
      pan,
      entity_code: entityCode,
      registration_type: registrationType,
    })
  })

  it.each([...PAN_HOLDER_TYPES])("a GSTIN whose PAN holder type is %p", (holderType) => {
    const gstin = withCheck(`24ABC${holderType}D1234E1Z`)
    expect(validateGstin(gstin)).toMatchObject({ valid: true, pan: `ABC${holderType}D1234E` })
  })

  it.each([..."123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"])("entity code %p", (entityCode) => {
    const gstin = withCheck(`27AAACB1234C${entityCode}Z`)
    expect(validateGstin(gstin)).toMatchObject({ valid: true, entity_code: entityCode })
  })

  it.each(["04", "26", "37", "38", "97"])("a normal GSTIN registered in state %p", (state) => {
    const gstin = withCheck(`${state}AAACB1234C1Z`)
    expect(validateGstin(gstin)).toMatchObject({ valid: true, state: { code: state } })
  })

  it("lowercase input with spaces around it, returned normalised", () => {
    expect(validateGstin("  27aapfu0939f1zv \n")).toMatchObject({ valid: true, gstin: "27AAPFU0939F1ZV" })
  })

  it("a non-resident taxable person's registration", () => {
    expect(validateGstin(withCheck("0725USA12345NF"))).toMatchObject({
      valid: true,
      registration_type: "non_resident_taxable_person",
      pan: null,
    })
  })
})

describe("validateGstin refuses", () => {
  it.each<[string, string, RegExp]>([
    ["an empty value", "", /GSTIN is empty/],
    ["only spaces", "   ", /GSTIN is empty/],
    ["14 characters", "27AAPFU0939F1Z", /has 15 characters; "27AAPFU0939F1Z" has 14/],
    ["16 characters", "27AAPFU0939F1ZVX", /has 16/],
    ["a character that is neither letter nor digit", "27AAPFU0939F1Z@", /"@" at position 15/],
    ["an inner space", "27AAPFU 939F1ZV", /" " at position 8/],
    ["a state code of letters", "ABAAPFU0939F1ZV", /two-digit state code; "AB"/],
    ["state code 00", "00AAPFU0939F1ZV", /"00" is not a GST state code/],
    ["state code 45", "45AAPFU0939F1ZV", /"45" is not a GST state code/],
    ["a 14th character other than Z, D or C", "27AAPFU0939F1XV", /14th character is "X"/],
    ["a PAN with a digit among its first five", "27AAP1U0939F1ZV", /holder's PAN: "AAP1U0939F" is not a PAN/],
    ["a PAN ending in a digit", "27AAPFU093911ZV", /"AAPFU09391" is not a PAN/],
    ["a PAN holder type outside the valid set", "27AAPXU0939F1ZV", /4th letter of PAN "AAPXU0939F" is "X"/],
    ["entity code 0", "27AAPFU0939F0ZV", /entity code \(13th character\)/],
    ["a wrong check character", "27AAPFU0939F1ZW", /check character \(15th\) is "W" but the first 14 characters give "V"/],
    ["a published example with a wrong check character", "03AAJCR2207E1Z2", /give "X"/],
    ["a deductor's identifier that is neither PAN nor TAN", "06DEL109652G1DA", /a PAN or a TAN/],
    ["a UIN with a wrong check character", "0717UNO00157UNA", /give "O"/],
    ["a UIN whose serial has a letter", "0717UNO0015XUNO", /2-digit year, 3-letter country and 5-digit serial; "17UNO0015X" is not/],
  ])("%s", (_case, gstin, reason) => {
    expect(reasonFor(gstin)).toMatch(reason)
  })

  it("a transposed pair of characters in a published GSTIN", () => {
    expect(reasonFor("33AAFPR8067E1ZK")).toMatch(/check character/)
  })
})

describe("validatePan", () => {
  it.each<[string, string, string]>([
    ["AAPFU0939F", "AAPFU0939F", "F"],
    ["aafpr8076e", "AAFPR8076E", "P"],
    [" AAACI1681G ", "AAACI1681G", "C"],
  ])("accepts %p as %p with holder type %p", (input, pan, holderType) => {
    expect(validatePan(input)).toEqual({ valid: true, pan, holder_type: holderType })
  })

  it.each<[string, RegExp]>([
    ["", /10 characters; "" has 0/],
    ["AAPFU0939", /has 9/],
    ["AAPFU0939FF", /has 11/],
    ["AAPF10939F", /not a PAN/],
    ["AAPFUA939F", /not a PAN/],
    ["AAPXU0939F", /4th letter .* "X", which is no PAN holder type/],
    ["AAPKU0939F", /"K", which is no PAN holder type/],
  ])("refuses %p", (input, reason) => {
    const result = validatePan(input)
    expect(result.valid).toBe(false)
    if (!result.valid) expect(result.reason).toMatch(reason)
  })
})
