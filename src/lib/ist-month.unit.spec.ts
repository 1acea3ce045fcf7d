import { wholeIstMonth } from "./ist-month"

describe("wholeIstMonth", () => {
  it.each([
    ["2024-06-30T18:30:00.000Z", "2024-07-31T18:30:00.000Z", "2024-07"],
    ["2024-11-30T18:30:00.000Z", "2024-12-31T18:30:00.000Z", "2024-12"],
    ["2024-01-31T18:30:00.000Z", "2024-02-29T18:30:00.000Z", "2024-02"],
    // UTC months are not IST months
    ["2024-07-01T00:00:00.000Z", "2024-08-01T00:00:00.000Z", null],
    // a day, and two months
    ["2024-07-09T18:30:00.000Z", "2024-07-10T18:30:00.000Z", null],
    ["2024-06-30T18:30:00.000Z", "2024-08-31T18:30:00.000Z", null],
  ])("[%s, %s) is the month %s", (start, end, expected) => {
    expect(wholeIstMonth(new Date(start), new Date(end))).toBe(expected)
  })
})
