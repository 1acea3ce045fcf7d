import { DISTRIBUTOR_STATUSES, DistributorStatus } from "./constants"
import { checkDistributorTransition } from "./status-machine"

const allowed: Array<[DistributorStatus, DistributorStatus]> = [
  ["pending", "in_review"],
  ["in_review", "verified"],
  ["in_review", "rejected"],
  ["verified", "suspended"],
  ["suspended", "verified"],
  ["rejected", "in_review"],
]

describe("distributor status machine", () => {
  const isAllowed = (from: DistributorStatus, to: DistributorStatus) =>
    allowed.some(([f, t]) => f === from && t === to)

  const table = DISTRIBUTOR_STATUSES.flatMap((from) => DISTRIBUTOR_STATUSES.map((to) => [from, to] as const))

  it.each(table)("%s → %s is allowed only if listed", (from, to) => {
    const result = checkDistributorTransition(from, to, "documents checked")
    expect(result.allowed).toBe(isAllowed(from, to))
  })

  it("covers every pair of the 5 statuses", () => {
    expect(table).toHaveLength(25)
  })

  it.each([
    ["in_review", "rejected"],
    ["verified", "suspended"],
  ] as const)("%s → %s needs a reason", (from, to) => {
    for (const reason of [undefined, null, "", "   "]) {
      const result = checkDistributorTransition(from, to, reason)
      expect(result).toEqual({ allowed: false, reason: expect.stringContaining("reason is required") })
    }
    expect(checkDistributorTransition(from, to, "GST certificate expired").allowed).toBe(true)
  })

  it("verifying needs no reason", () => {
    expect(checkDistributorTransition("in_review", "verified").allowed).toBe(true)
    expect(checkDistributorTransition("suspended", "verified").allowed).toBe(true)
  })

  it("says where a distributor can go from where it is", () => {
    expect(checkDistributorTransition("pending", "verified")).toEqual({
      allowed: false,
      reason: "a pending distributor cannot become verified; from pending it can only become in_review",
    })
    expect(checkDistributorTransition("verified", "verified")).toEqual({
      allowed: false,
      reason: "the distributor is already verified",
    })
  })
})
