import { shippingLocation, StockLevel } from "./supply-location"

const level = (location_id: string, stocked: number, reserved = 0): StockLevel => ({
  location_id,
  stocked_quantity: stocked,
  reserved_quantity: reserved,
})

describe("shippingLocation", () => {
  it.each<[string, StockLevel[], string[], number, string | null]>([
    ["the only location stocking it", [level("ahd", 500)], ["ahd"], 2, "ahd"],
    ["the first of the channel's locations with enough available", [level("ahd", 1), level("chd", 10)], ["ahd", "chd"], 2, "chd"],
    ["counts reservations against stock", [level("ahd", 5, 4), level("chd", 3)], ["ahd", "chd"], 2, "chd"],
    ["the first that stocks it when none has enough (backorder)", [level("ahd", 1), level("chd", 0)], ["ahd", "chd"], 5, "ahd"],
    ["ignores locations outside the sales channel", [level("other", 100), level("ahd", 1)], ["ahd"], 2, "ahd"],
    ["none when no location of the channel stocks it", [level("other", 100)], ["ahd"], 1, null],
    ["none for an item without managed inventory", [], ["ahd"], 1, null],
  ])("%s", (_name, levels, channel, quantity, expected) => {
    expect(shippingLocation(levels, channel, quantity)).toBe(expected)
  })
})
