import { istDate } from "@haat/india"

/** IST midnight at the start of a calendar month, as an instant (18:30 UTC the day before). */
const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1) - 330 * 60 * 1000)

/**
 * The month (YYYY-MM) that [start, end) covers exactly, from IST midnight on the 1st to IST midnight on the 1st of
 * the next month; null for any other period (a day, a fortnight, two months).
 */
export function wholeIstMonth(start: Date, end: Date): string | null {
  const [year, month] = istDate(start).split("-").map(Number)
  const next = month === 12 ? monthStart(year + 1, 1) : monthStart(year, month + 1)
  if (start.getTime() !== monthStart(year, month).getTime() || end.getTime() !== next.getTime()) {
    return null
  }
  return istDate(start).slice(0, 7)
}
