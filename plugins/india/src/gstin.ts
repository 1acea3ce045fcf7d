/**
 * GSTIN and PAN checks that need no network: structure, state code, embedded PAN
 * and the check character.
 *
 * A GSTIN is 15 characters, laid out as GSTN publishes it (the registration
 * certificate that carries it is issued under CGST Rules r.10, FORM GST REG-06):
 *   1-2   state code
 *   3-12  PAN of the registered person (TAN allowed for tax deductors under CGST Act s.51)
 *   13    entity code: the registration's serial for that PAN in the state, 1-9 then A-Z
 *   14    "Z" for a normal taxpayer (regular, composition, casual, SEZ, ISD),
 *         "D" for a tax deductor (s.51), "C" for a tax collector / e-commerce operator (s.52)
 *   15    check character, Luhn mod 36
 * Unique Identity Numbers and non-resident registrations carry no PAN:
 *   state, 2-digit year, 3-letter country, 5-digit serial, a 2-letter kind, check character
 *   ("UN" UN bodies and embassies, "ON" other notified persons, "NF" non-resident taxable
 *   persons, "OS" non-resident OIDAR suppliers under IGST Act s.14), e.g. 0717UNO00157UNO.
 */

import { GstRuleError } from "./errors"
import { GstState, stateFromGstin } from "./state-codes"

const GSTIN_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
const GSTIN_LENGTH = 15

/** PAN 4th letter: the holder type (Company, Person, HUF, Firm, AOP, Trust, BOI, Local authority, artificial Juridical person, Government). */
export const PAN_HOLDER_TYPES = ["C", "P", "H", "F", "A", "T", "B", "L", "J", "G"] as const

export type GstinRegistrationType =
  | "normal"
  | "tax_deductor"
  | "tax_collector"
  | "uin"
  | "other_notified_person"
  | "non_resident_taxable_person"
  | "non_resident_oidar"

export type GstinValidation =
  | {
      valid: true
      gstin: string
      state: GstState
      /** The embedded PAN; null for a TAN-based deductor or a registration without PAN. */
      pan: string | null
      /** Character 13: the registration's serial for its PAN within the state; null for a UIN or non-resident registration. */
      entity_code: string | null
      registration_type: GstinRegistrationType
    }
  | { valid: false; reason: string }

export type PanValidation = { valid: true; pan: string; holder_type: string } | { valid: false; reason: string }

const PAN_SHAPE = /^[A-Z]{5}\d{4}[A-Z]$/
const TAN_SHAPE = /^[A-Z]{4}\d{5}[A-Z]$/
const NON_PAN_BODY = /^\d{2}[A-Z]{3}\d{5}$/

const KIND_WITHOUT_PAN: Record<string, GstinRegistrationType> = {
  UN: "uin",
  ON: "other_notified_person",
  NF: "non_resident_taxable_person",
  OS: "non_resident_oidar",
}

const KIND_WITH_PAN: Record<string, GstinRegistrationType> = {
  Z: "normal",
  D: "tax_deductor",
  C: "tax_collector",
}

type Check = { ok: true } | { ok: false; reason: string }

const OK: Check = { ok: true }
const fail = (reason: string): Check => ({ ok: false, reason })

function characterValue(character: string): number {
  return GSTIN_ALPHABET.indexOf(character)
}

/**
 * The 15th character of a GSTIN from its first 14: Luhn mod 36 over 0-9A-Z, with
 * factors 1, 2, 1, 2 … from the left; each product adds its base-36 digits to the sum.
 */
export function computeGstinCheckChar(first14: string): string {
  const body = first14.trim().toUpperCase()
  if (body.length !== GSTIN_LENGTH - 1) {
    throw new GstRuleError(`a GSTIN check character is computed from 14 characters, not ${body.length}`)
  }
  let sum = 0
  for (let index = 0; index < body.length; index++) {
    const value = characterValue(body[index])
    if (value < 0) {
      throw new GstRuleError(`"${body[index]}" at position ${index + 1} is not a GSTIN character (0-9, A-Z)`)
    }
    const product = value * (index % 2 === 0 ? 1 : 2)
    sum += Math.floor(product / GSTIN_ALPHABET.length) + (product % GSTIN_ALPHABET.length)
  }
  return GSTIN_ALPHABET[(GSTIN_ALPHABET.length - (sum % GSTIN_ALPHABET.length)) % GSTIN_ALPHABET.length]
}

function checkPanShape(pan: string): Check {
  if (!PAN_SHAPE.test(pan)) {
    return fail(`"${pan}" is not a PAN: a PAN is 5 letters, 4 digits and 1 letter (e.g. AAACB1234C)`)
  }
  const holderType = pan[3]
  if (!(PAN_HOLDER_TYPES as readonly string[]).includes(holderType)) {
    return fail(
      `the 4th letter of PAN "${pan}" is "${holderType}", which is no PAN holder type (${PAN_HOLDER_TYPES.join(", ")})`
    )
  }
  return OK
}

/** Checks a PAN's shape and holder type; trims and upper-cases it first. */
export function validatePan(value: string): PanValidation {
  const pan = value.trim().toUpperCase()
  if (pan.length !== 10) {
    return { valid: false, reason: `a PAN has 10 characters; "${pan}" has ${pan.length}` }
  }
  const check = checkPanShape(pan)
  return check.ok ? { valid: true, pan, holder_type: pan[3] } : { valid: false, reason: check.reason }
}

function checkCharacters(gstin: string): Check {
  if (gstin.length === 0) return fail("GSTIN is empty")
  if (gstin.length !== GSTIN_LENGTH) {
    return fail(`a GSTIN has 15 characters; "${gstin}" has ${gstin.length}`)
  }
  const stray = [...gstin].findIndex((character) => characterValue(character) < 0)
  if (stray >= 0) {
    return fail(`a GSTIN holds only letters A-Z and digits 0-9; "${gstin[stray]}" at position ${stray + 1} is neither`)
  }
  return OK
}

function checkStateCode(gstin: string): Check {
  const prefix = gstin.slice(0, 2)
  if (!/^\d{2}$/.test(prefix)) {
    return fail(`a GSTIN starts with a two-digit state code; "${prefix}" is not one`)
  }
  return stateFromGstin(gstin) ? OK : fail(`"${prefix}" is not a GST state code`)
}

function checkEntityCode(gstin: string): Check {
  return gstin[12] === "0"
    ? fail('the entity code (13th character) runs 1-9 then A-Z; "0" is not used')
    : OK
}

function checkCheckCharacter(gstin: string): Check {
  const expected = computeGstinCheckChar(gstin.slice(0, 14))
  return gstin[14] === expected
    ? OK
    : fail(`the check character (15th) is "${gstin[14]}" but the first 14 characters give "${expected}": a character is mistyped`)
}

function registrationWithoutPan(gstin: string): GstinRegistrationType | null {
  const kind = KIND_WITHOUT_PAN[gstin.slice(12, 14)]
  return kind && NON_PAN_BODY.test(gstin.slice(2, 12)) ? kind : null
}

function looksLikeRegistrationWithoutPan(gstin: string): boolean {
  return Boolean(KIND_WITHOUT_PAN[gstin.slice(12, 14)]) && /^\d{2}/.test(gstin.slice(2, 4))
}

function checkBodyWithoutPan(gstin: string): Check {
  return fail(
    `"${gstin.slice(12, 14)}" at positions 13-14 marks a UIN or non-resident registration, whose characters 3-12 are a 2-digit year, 3-letter country and 5-digit serial; "${gstin.slice(2, 12)}" is not`
  )
}

function checkIdentifierForKind(gstin: string, kind: GstinRegistrationType): Check {
  const identifier = gstin.slice(2, 12)
  if (kind === "tax_deductor" && TAN_SHAPE.test(identifier)) return OK
  const panCheck = checkPanShape(identifier)
  if (panCheck.ok) return OK
  const prefix =
    kind === "tax_deductor"
      ? "characters 3-12 of a tax deductor's GSTIN are a PAN or a TAN (4 letters, 5 digits, 1 letter)"
      : "characters 3-12 of a GSTIN are the holder's PAN"
  return fail(`${prefix}: ${panCheck.reason}`)
}

function checkFourteenth(gstin: string): Check {
  return KIND_WITH_PAN[gstin[13]]
    ? OK
    : fail(
        `the 14th character is "${gstin[13]}": a normal taxpayer's GSTIN has "Z" there ("D" for a tax deductor, "C" for a tax collector)`
      )
}

function checkRegistrationWithPan(gstin: string): Check {
  return firstFailure([
    () => checkFourteenth(gstin),
    () => checkIdentifierForKind(gstin, KIND_WITH_PAN[gstin[13]]),
    () => checkEntityCode(gstin),
  ])
}

function checkStructure(gstin: string, withoutPan: GstinRegistrationType | null): Check {
  if (withoutPan) return OK
  if (looksLikeRegistrationWithoutPan(gstin)) return checkBodyWithoutPan(gstin)
  return checkRegistrationWithPan(gstin)
}

function firstFailure(checks: Array<() => Check>): Check {
  for (const check of checks) {
    const result = check()
    if (!result.ok) return result
  }
  return OK
}

/**
 * Validates a GSTIN or UIN offline. Trims and upper-cases the input; on success
 * returns the normalised GSTIN, its state, the embedded PAN and the entity code;
 * otherwise says exactly what is wrong.
 */
export function validateGstin(value: string): GstinValidation {
  const gstin = value.trim().toUpperCase()
  const basics = firstFailure([() => checkCharacters(gstin), () => checkStateCode(gstin)])
  if (!basics.ok) return { valid: false, reason: basics.reason }

  const withoutPan = registrationWithoutPan(gstin)
  const rest = firstFailure([() => checkStructure(gstin, withoutPan), () => checkCheckCharacter(gstin)])
  if (!rest.ok) return { valid: false, reason: rest.reason }

  const identifier = gstin.slice(2, 12)
  const hasPan = !withoutPan && PAN_SHAPE.test(identifier)
  return {
    valid: true,
    gstin,
    state: stateFromGstin(gstin) as GstState,
    pan: hasPan ? identifier : null,
    entity_code: withoutPan ? null : gstin[12],
    registration_type: withoutPan ?? KIND_WITH_PAN[gstin[13]],
  }
}
