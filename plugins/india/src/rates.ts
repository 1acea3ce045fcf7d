/**
 * Dated GST rate data and the date rules around it: which rate applies on a day,
 * the Indian financial year, and the GSTR return period.
 *
 * Rates are data, never constants in code: a rate changes by notification on a
 * given date, and an invoice takes the rate in force on its date (CGST Act s.14
 * governs the edge cases around a change; the caller picks the date that section
 * points to). Dates are calendar dates in India (IST), as "YYYY-MM-DD" strings,
 * which compare correctly as plain strings.
 */

import { GstRuleError } from "./errors"
import { parsePercent, Percent } from "./money"

export interface RateScheduleEntry {
  /** First day (IST) the rate applies, "YYYY-MM-DD". */
  effective_from: string
  /** Total GST rate in percent as a decimal string: "18", "0.25". */
  rate: string
  /** Compensation cess in percent of the taxable value, when levied. */
  cess_rate?: string
  /** The notification or other authority the rate comes from. */
  source?: string
  /** Set when the rate could not be confirmed against the notification; says what is missing. */
  unconfirmed?: string
}

/** A rate's history, in any order; `rateOn` picks the entry in force on a day. */
export type RateSchedule = RateScheduleEntry[]

export interface SlabSet {
  effective_from: string
  /** Every total GST rate (percent) notified for goods from that day. */
  rates: string[]
  source: string
  unconfirmed?: string
}

export type Uqc = "KGS" | "NOS" | "BOX" | "BTL" | "PAC" | "NA"

export interface HsnCode {
  /** HSN for goods (4-8 digits) or SAC for services (heading 99…), without spaces. */
  code: string
  kind: "HSN" | "SAC"
  description: string
  /** Unit Quantity Code for the GSTR-1 HSN summary; "NA" for services. */
  uqc: Uqc
  schedule: RateSchedule
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
/** IST is UTC+05:30 all year and has been since 1945, so a fixed offset is exact. */
const IST_OFFSET_MS = (5 * 60 + 30) * 60 * 1000

/** The calendar date in India (Asia/Kolkata) at an instant, "YYYY-MM-DD". */
export function istDate(instant: Date): string {
  const time = instant.getTime()
  if (Number.isNaN(time)) throw new GstRuleError("istDate needs a valid date")
  return new Date(time + IST_OFFSET_MS).toISOString().slice(0, 10)
}

function assertIsoDate(date: string): string {
  const match = ISO_DATE.exec(date)
  const month = match ? Number(match[2]) : 0
  const day = match ? Number(match[3]) : 0
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new GstRuleError(`"${date}" is not a date: use "YYYY-MM-DD"`)
  }
  return date
}

/** A Date becomes its IST calendar date; a "YYYY-MM-DD" string is taken as an IST date already. */
export function toIstDate(date: Date | string): string {
  return typeof date === "string" ? assertIsoDate(date) : istDate(date)
}

function latestInForce<T extends { effective_from: string }>(entries: readonly T[], day: string): T | null {
  let chosen: T | null = null
  for (const entry of entries) {
    const starts = assertIsoDate(entry.effective_from)
    if (starts <= day && (!chosen || starts > chosen.effective_from)) chosen = entry
  }
  return chosen
}

/** The schedule entry in force on a day: the latest whose effective_from is on or before it; null before the first. */
export function rateOn(schedule: RateSchedule, date: Date | string): RateScheduleEntry | null {
  return latestInForce(schedule, toIstDate(date))
}

/** Financial year (1 April to 31 March) of a day, "2025-26". */
export function financialYear(date: Date | string): string {
  const day = toIstDate(date)
  const year = Number(day.slice(0, 4))
  const startYear = Number(day.slice(5, 7)) >= 4 ? year : year - 1
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`
}

/** Financial year in four digits, "2526", as invoice series and e-invoice references use it. */
export function fyShort(date: Date | string): string {
  const year = financialYear(date)
  return `${year.slice(2, 4)}${year.slice(5, 7)}`
}

/** GSTR return period ("fp" / "ret_period") of a day: month and year, "MMYYYY". */
export function returnPeriod(date: Date | string): string {
  const day = toIstDate(date)
  return `${day.slice(5, 7)}${day.slice(0, 4)}`
}

const NOTIFICATION_1_2017 = "Notification 1/2017-Central Tax (Rate) and 1/2017-Integrated Tax (Rate), from 1 Jul 2017"
const NOTIFICATION_9_2025 = "Notification 9/2025-Central Tax (Rate) and 9/2025-Integrated Tax (Rate), from 22 Sep 2025"

/**
 * The total GST rates notified for goods. Nil comes from the exemption
 * notifications (2/2017-CTR, then 10/2025-CTR); 0.1 is the concession on supplies
 * to merchant exporters (40/2017-CTR, 41/2017-ITR, 0.05% CGST + 0.05% SGST).
 */
export const GST_SLAB_SETS: readonly SlabSet[] = [
  {
    effective_from: "2017-07-01",
    rates: ["0", "0.25", "3", "5", "12", "18", "28"],
    source: `${NOTIFICATION_1_2017}: Schedules I-VI (CGST 2.5, 6, 9, 14, 1.5, 0.125%)`,
  },
  {
    effective_from: "2017-10-23",
    rates: ["0", "0.1", "0.25", "1.5", "3", "5", "12", "18", "28"],
    source: "0.1 from Notification 40/2017-Central Tax (Rate) dated 23 Oct 2017; 1.5 from Schedule VII (CGST 0.75%) of 1/2017-CTR",
    unconfirmed: "the date Schedule VII (1.5%) was inserted into 1/2017-CTR was not found; it is recorded from this entry",
  },
  {
    effective_from: "2025-09-22",
    rates: ["0", "0.1", "0.25", "1.5", "3", "5", "18", "28", "40"],
    source: `${NOTIFICATION_9_2025}: Schedules I 2.5, II 9, III 20, IV 1.5, V 0.125, VI 0.75, VII 14% CGST; 28% (Schedule VII) stays only for tobacco goods until the compensation cess ends (56th GST Council)`,
  },
]

/** The slab set in force on a day; null before GST began (1 Jul 2017). */
export function slabsOn(date: Date | string): SlabSet | null {
  return latestInForce(GST_SLAB_SETS, toIstDate(date))
}

/** True when a rate ("18", "18.00") is a notified GST slab on that day. */
export function isSlabRate(rate: string, date: Date | string): boolean {
  const wanted = parsePercent(rate)
  return slabsOn(date)?.rates.some((slab) => samePercent(parsePercent(slab), wanted)) ?? false
}

function samePercent(a: Percent, b: Percent): boolean {
  return a.numerator * b.denominator === b.numerator * a.denominator
}

const GST_2_0 = "2025-09-22"
const GST_START = "2017-07-01"

/**
 * HSN/SAC codes of the Haat demo catalogue with their rate history. Sources are
 * the CBIC rate notifications as reported by the publications named in the
 * report that introduced this table; `unconfirmed` marks what could not be
 * traced to a notification.
 */
export const HSN_SEED: readonly HsnCode[] = [
  {
    code: "1704",
    kind: "HSN",
    description: "Sugar confectionery (boiled sweets, toffees, candy) not containing cocoa",
    uqc: "KGS",
    schedule: [
      { effective_from: GST_START, rate: "18", source: "1/2017-CTR Schedule III (9%), sugar confectionery other than mishri, batasha, gajak etc." },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%)" },
    ],
  },
  {
    code: "210690",
    kind: "HSN",
    description: "Sweetmeats (mithai: laddoo, barfi, peda, halwa)",
    uqc: "KGS",
    schedule: [
      { effective_from: GST_START, rate: "5", source: "1/2017-CTR Schedule I (2.5%), 2106 90 sweetmeats; CBEC classification FAQ of 29 Sep 2017" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%): food preparations of 2106 other than pan masala" },
    ],
  },
  {
    code: "21069099",
    kind: "HSN",
    description: "Namkeen, bhujia, mixture, chabena and similar ready-to-eat preparations, pre-packaged and labelled",
    uqc: "KGS",
    schedule: [
      {
        effective_from: GST_START,
        rate: "12",
        source: "1/2017-CTR Schedule II (6%); unbranded namkeen moved to 5% from 15 Nov 2017 (Schedule I 101A), pre-packaged stayed at 12%",
      },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%)" },
    ],
  },
  {
    code: "1904",
    kind: "HSN",
    description: "Cereal flakes and other foods obtained by swelling or roasting cereals (e.g. corn flakes)",
    uqc: "KGS",
    schedule: [
      {
        effective_from: GST_START,
        rate: "18",
        source: "1/2017-CTR Schedule III (9%)",
        unconfirmed: "18% is from the fitment committee's reported list, not read in the notification; puffed/flattened rice (1904 10 20) has its own nil/5% entries",
      },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%), 56th GST Council: cereal flakes 18% to 5%" },
    ],
  },
  {
    code: "0801",
    kind: "HSN",
    description: "Cashew nuts, whether or not shelled or peeled (dried)",
    uqc: "KGS",
    schedule: [
      { effective_from: GST_START, rate: "5", source: "1/2017-CTR Schedule I (2.5%)" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%)" },
    ],
  },
  {
    code: "0802",
    kind: "HSN",
    description: "Almonds, pistachios, hazelnuts and other nuts, dried (other than areca nuts, walnuts, chestnuts)",
    uqc: "KGS",
    schedule: [
      { effective_from: GST_START, rate: "12", source: "1/2017-CTR Schedule II (6%)" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%), 56th GST Council: dry fruits 12% to 5%" },
    ],
  },
  {
    code: "080232",
    kind: "HSN",
    description: "Walnuts, shelled",
    uqc: "KGS",
    schedule: [
      // Walnuts have their own 5% entry in Schedule I, apart from the other nuts of heading 0802.
      { effective_from: GST_START, rate: "5", source: "1/2017-CTR Schedule I (2.5%): walnuts, whether or not shelled" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%)" },
    ],
  },
  {
    code: "0804",
    kind: "HSN",
    description: "Dates, figs, pineapples, avocados, guavas, mangoes and mangosteens, dried",
    uqc: "KGS",
    schedule: [
      { effective_from: GST_START, rate: "12", source: "1/2017-CTR Schedule II (6%): dates, figs and other fruit of 0804, dried" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%), 56th GST Council: dry fruits 12% to 5%" },
    ],
  },
  {
    code: "080620",
    kind: "HSN",
    description: "Raisins and other dried grapes",
    uqc: "KGS",
    schedule: [
      { effective_from: GST_START, rate: "5", source: "1/2017-CTR Schedule I (2.5%), 0806 grapes, dried, and raisins" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%)" },
    ],
  },
  {
    code: "0813",
    kind: "HSN",
    description: "Dried fruit n.e.s. (apricots, prunes, figs); mixtures of nuts or dried fruits",
    uqc: "KGS",
    schedule: [
      { effective_from: GST_START, rate: "12", source: "1/2017-CTR Schedule II (6%)" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%)" },
    ],
  },
  {
    code: "1905",
    kind: "HSN",
    description: "Khakhra, plain chapatti or roti (heading 1905 or 2106)",
    uqc: "KGS",
    schedule: [
      // unconfirmed: khakhra before its own 5% entry is taken as 1905 n.e.s. at 18%.
      { effective_from: GST_START, rate: "18", source: "1/2017-CTR Schedule III (9%): bread, pastry and biscuits of 1905 n.e.s." },
      { effective_from: "2017-10-13", rate: "5", source: "34/2017-CTR inserting Schedule I S.No. 99A (2.5%): khakhra, plain chapatti or roti" },
      // unconfirmed: the 56th GST Council exempted khakhra, chapatti and roti from 22 Sep 2025; the notification number was not checked.
      { effective_from: GST_2_0, rate: "0", source: "56th GST Council, exemption from 22 Sep 2025 (notification unconfirmed)" },
    ],
  },
  {
    code: "30049014",
    kind: "HSN",
    description: "Homoeopathic medicaments in measured doses or retail packs, made to a homoeopathic pharmacopoeia and sold under its name",
    uqc: "BTL",
    schedule: [
      { effective_from: GST_START, rate: "12", source: "1/2017-CTR Schedule II (6%)" },
      {
        effective_from: "2017-10-13",
        rate: "5",
        source: "34/2017-CTR dated 13 Oct 2017 (Schedule I, 2.5%), per Lok Sabha unstarred question 1365 of 9 Feb 2018",
        unconfirmed: "effective date taken as the notification's date",
      },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%)" },
    ],
  },
  {
    code: "3003",
    kind: "HSN",
    description: "Medicaments not in measured doses, including proprietary homoeopathic and Ayurvedic medicines",
    uqc: "BTL",
    schedule: [
      { effective_from: GST_START, rate: "12", source: "1/2017-CTR Schedule II (6%)" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%), 56th GST Council: other drugs and medicines 12% to 5%" },
    ],
  },
  {
    code: "481920",
    kind: "HSN",
    description: "Folding cartons and gift boxes of non-corrugated paper or paperboard",
    uqc: "NOS",
    schedule: [
      { effective_from: GST_START, rate: "18", source: "1/2017-CTR Schedule III (9%), 4819 20" },
      { effective_from: "2024-07-15", rate: "12", source: "2/2024-CTR dated 12 Jul 2024 (53rd GST Council): all cartons and boxes of 4819 10 / 4819 20 at 12%" },
      { effective_from: GST_2_0, rate: "5", source: "9/2025-CTR Schedule I (2.5%), 56th GST Council: 4819 10, 4819 20 12% to 5%" },
    ],
  },
  {
    code: "9965",
    kind: "SAC",
    description: "Goods transport by road by a goods transport agency (GTA), without input tax credit",
    uqc: "NA",
    schedule: [
      { effective_from: GST_START, rate: "5", source: "11/2017-CTR item 9(iii) (2.5%), no ITC; recipient pays under reverse charge where 13/2017-CTR applies" },
      { effective_from: GST_2_0, rate: "5", source: "15/2025-CTR (2.5%), no ITC; the 18% option with ITC is a separate choice of the GTA" },
    ],
  },
  {
    code: "996812",
    kind: "SAC",
    description: "Courier services",
    uqc: "NA",
    schedule: [
      { effective_from: GST_START, rate: "18", source: "11/2017-CTR residual entry (9%)" },
      { effective_from: GST_2_0, rate: "18", source: "unchanged by the 56th GST Council" },
    ],
  },
  {
    code: "998599",
    kind: "SAC",
    description: "Other support services n.e.c.: marketplace commission charged to sellers",
    uqc: "NA",
    schedule: [
      {
        effective_from: GST_START,
        rate: "18",
        source: "11/2017-CTR residual entry (9%)",
        unconfirmed: "classification of marketplace commission as 998599 (rather than 996211 or 9983) is a choice; the rate is 18% either way",
      },
      { effective_from: GST_2_0, rate: "18", source: "unchanged by the 56th GST Council" },
    ],
  },
]

/** A seed HSN/SAC entry by code, spaces ignored ("2106 90" finds "210690"). */
export function findHsn(code: string): HsnCode | null {
  const wanted = code.replace(/\s+/g, "")
  return HSN_SEED.find((entry) => entry.code === wanted) ?? null
}
