import { slugify } from "./slug"

describe("slugify", () => {
  it.each([
    ["Shah Traders Pvt. Ltd.", "shah-traders-pvt-ltd"],
    ["  Patil Foods LLP ", "patil-foods-llp"],
    ["A & B -- Sons", "a-b-sons"],
    ["Café Mysore", "cafe-mysore"],
    ["x".repeat(70), "x".repeat(60)],
    [`${"a".repeat(59)} b`, "a".repeat(59)],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })
})
