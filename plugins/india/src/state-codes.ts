/**
 * GST state codes: the first two digits of every GSTIN, and the code a place of
 * supply is reported under in GSTR-1 and e-invoices.
 *
 * Union territories without a legislature levy UTGST instead of SGST on
 * intra-territory supplies (CGST Act s.2(114), UTGST Act s.2(8) and s.7). As
 * amended from 30 Jun 2020 those are the Andaman and Nicobar Islands, Lakshadweep,
 * Dadra and Nagar Haveli and Daman and Diu, Ladakh, Chandigarh and "other
 * territory" (CGST Act s.2(81)). Delhi, Puducherry and Jammu and Kashmir have
 * legislatures, so they count as States for GST (CGST Act s.2(103)) and levy SGST.
 */

export type GstStateType = "state" | "union_territory" | "centre_jurisdiction"

export interface GstState {
  /** Two-digit GST state code, e.g. "24". */
  code: string
  name: string
  /** Current ISO 3166-2 subdivision code, e.g. "IN-GJ"; null where ISO assigns none. */
  iso: string | null
  type: GstStateType
  /** True where UTGST is levied instead of SGST (a Union territory without legislature). */
  utgst: boolean
}

interface StateRow extends GstState {
  /** ISO codes Medusa's admin or older data still use. */
  legacy_iso?: string[]
  /** GST codes retired into this one. */
  legacy_codes?: string[]
  /** Other spellings people and systems use. */
  aliases?: string[]
}

const STATE_ROWS: StateRow[] = [
  // J&K Reorganisation Act 2019: a Union territory with legislature from 31 Oct 2019.
  { code: "01", name: "Jammu and Kashmir", iso: "IN-JK", type: "union_territory", utgst: false },
  { code: "02", name: "Himachal Pradesh", iso: "IN-HP", type: "state", utgst: false },
  { code: "03", name: "Punjab", iso: "IN-PB", type: "state", utgst: false },
  { code: "04", name: "Chandigarh", iso: "IN-CH", type: "union_territory", utgst: true },
  {
    code: "05",
    name: "Uttarakhand",
    iso: "IN-UK",
    type: "state",
    utgst: false,
    legacy_iso: ["IN-UT", "IN-UL"],
    aliases: ["Uttaranchal"],
  },
  { code: "06", name: "Haryana", iso: "IN-HR", type: "state", utgst: false },
  {
    code: "07",
    name: "Delhi",
    iso: "IN-DL",
    type: "union_territory",
    utgst: false,
    aliases: ["NCT of Delhi", "National Capital Territory of Delhi", "New Delhi"],
  },
  { code: "08", name: "Rajasthan", iso: "IN-RJ", type: "state", utgst: false },
  { code: "09", name: "Uttar Pradesh", iso: "IN-UP", type: "state", utgst: false },
  { code: "10", name: "Bihar", iso: "IN-BR", type: "state", utgst: false },
  { code: "11", name: "Sikkim", iso: "IN-SK", type: "state", utgst: false },
  { code: "12", name: "Arunachal Pradesh", iso: "IN-AR", type: "state", utgst: false },
  { code: "13", name: "Nagaland", iso: "IN-NL", type: "state", utgst: false },
  { code: "14", name: "Manipur", iso: "IN-MN", type: "state", utgst: false },
  { code: "15", name: "Mizoram", iso: "IN-MZ", type: "state", utgst: false },
  { code: "16", name: "Tripura", iso: "IN-TR", type: "state", utgst: false },
  { code: "17", name: "Meghalaya", iso: "IN-ML", type: "state", utgst: false },
  { code: "18", name: "Assam", iso: "IN-AS", type: "state", utgst: false },
  { code: "19", name: "West Bengal", iso: "IN-WB", type: "state", utgst: false },
  { code: "20", name: "Jharkhand", iso: "IN-JH", type: "state", utgst: false },
  {
    code: "21",
    name: "Odisha",
    iso: "IN-OD",
    type: "state",
    utgst: false,
    legacy_iso: ["IN-OR"],
    aliases: ["Orissa"],
  },
  {
    code: "22",
    name: "Chhattisgarh",
    iso: "IN-CG",
    type: "state",
    utgst: false,
    legacy_iso: ["IN-CT"],
    aliases: ["Chattisgarh", "Chhatisgarh"],
  },
  { code: "23", name: "Madhya Pradesh", iso: "IN-MP", type: "state", utgst: false },
  { code: "24", name: "Gujarat", iso: "IN-GJ", type: "state", utgst: false },
  // Merged from 26 Jan 2020 (DNH and DD Merger Act 2019); Daman and Diu's code 25 was retired into 26.
  {
    code: "26",
    name: "Dadra and Nagar Haveli and Daman and Diu",
    iso: "IN-DH",
    type: "union_territory",
    utgst: true,
    legacy_iso: ["IN-DN", "IN-DD"],
    legacy_codes: ["25"],
    aliases: ["Dadra and Nagar Haveli", "Daman and Diu", "DNHDD"],
  },
  { code: "27", name: "Maharashtra", iso: "IN-MH", type: "state", utgst: false },
  { code: "29", name: "Karnataka", iso: "IN-KA", type: "state", utgst: false },
  { code: "30", name: "Goa", iso: "IN-GA", type: "state", utgst: false },
  {
    code: "31",
    name: "Lakshadweep",
    iso: "IN-LD",
    type: "union_territory",
    utgst: true,
    aliases: ["Lakshadweep Islands"],
  },
  { code: "32", name: "Kerala", iso: "IN-KL", type: "state", utgst: false, aliases: ["Kerela"] },
  { code: "33", name: "Tamil Nadu", iso: "IN-TN", type: "state", utgst: false },
  {
    code: "34",
    name: "Puducherry",
    iso: "IN-PY",
    type: "union_territory",
    utgst: false,
    aliases: ["Pondicherry"],
  },
  {
    code: "35",
    name: "Andaman and Nicobar Islands",
    iso: "IN-AN",
    type: "union_territory",
    utgst: true,
    aliases: ["Andaman and Nicobar"],
  },
  {
    code: "36",
    name: "Telangana",
    iso: "IN-TS",
    type: "state",
    utgst: false,
    legacy_iso: ["IN-TG"],
  },
  // 28 was undivided Andhra Pradesh; GST registrations use 37 only, so 28 resolves to nothing.
  { code: "37", name: "Andhra Pradesh", iso: "IN-AP", type: "state", utgst: false },
  { code: "38", name: "Ladakh", iso: "IN-LA", type: "union_territory", utgst: true },
  // "Other territory", CGST Act s.2(81): areas outside every State and listed UT (e.g. the EEZ beyond territorial waters).
  { code: "97", name: "Other Territory", iso: null, type: "union_territory", utgst: true },
  // Registrations administered by the Centre, e.g. non-resident OIDAR suppliers (9917SGP29001OST). Never a place of supply.
  { code: "99", name: "Centre Jurisdiction", iso: null, type: "centre_jurisdiction", utgst: false },
]

function publicState(row: StateRow): GstState {
  return { code: row.code, name: row.name, iso: row.iso, type: row.type, utgst: row.utgst }
}

/** Every GST state code in force, in code order. */
export const GST_STATES: readonly GstState[] = Object.freeze(STATE_ROWS.map(publicState))

function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9 ]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
}

function isoSuffix(iso: string): string {
  return iso.slice("IN-".length)
}

function buildIndexes() {
  const byCode = new Map<string, GstState>()
  const byIsoSuffix = new Map<string, GstState>()
  const byName = new Map<string, GstState>()
  STATE_ROWS.forEach((row, index) => {
    const state = GST_STATES[index]
    byCode.set(row.code, state)
    row.legacy_codes?.forEach((code) => byCode.set(code, state))
    const isoCodes = [...(row.iso ? [row.iso] : []), ...(row.legacy_iso ?? [])]
    isoCodes.forEach((iso) => byIsoSuffix.set(isoSuffix(iso), state))
    ;[row.name, ...(row.aliases ?? [])].forEach((name) => byName.set(normaliseName(name), state))
  })
  return { byCode, byIsoSuffix, byName }
}

const INDEX = buildIndexes()

function resolveGstCode(digits: string): GstState | null {
  return INDEX.byCode.get(digits.padStart(2, "0")) ?? null
}

function resolveIsoCode(text: string): GstState | null {
  const suffix = text.toUpperCase().replace(/^IN[-_ ]?(?=[A-Z]{2}$)/, "")
  return /^[A-Z]{2}$/.test(suffix) ? INDEX.byIsoSuffix.get(suffix) ?? null : null
}

/**
 * Finds a state from whatever a system holds for it: a GST code ("24", "7"), an ISO
 * 3166-2 code in any case with or without "IN-" ("IN-GJ", "in-gj", "GJ"), a legacy
 * ISO code ("IN-CT", "IN-OR", "IN-DN"), or a name in a common spelling ("Orissa",
 * "NCT of Delhi", "Dadra & Nagar Haveli and Daman & Diu"). Null when nothing matches.
 */
export function resolveState(input: string): GstState | null {
  const text = input.trim()
  if (text === "") return null
  if (/^\d{1,2}$/.test(text)) return resolveGstCode(text)
  return resolveIsoCode(text) ?? INDEX.byName.get(normaliseName(text)) ?? null
}

/** The state a GSTIN is registered in, from its first two digits; null if they are no GST code. */
export function stateFromGstin(gstin: string): GstState | null {
  const prefix = gstin.trim().slice(0, 2)
  return /^\d{2}$/.test(prefix) ? resolveGstCode(prefix) : null
}
