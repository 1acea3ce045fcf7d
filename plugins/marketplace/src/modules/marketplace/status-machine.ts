import { DistributorStatus, GstinStatus } from "./constants"

/**
 * Which statuses a distributor may move to from each status. A rejected distributor goes back to review
 * when it resubmits; a suspended one returns only to verified (reinstated) — it is never reviewed afresh.
 */
export const DISTRIBUTOR_TRANSITIONS: Record<DistributorStatus, readonly DistributorStatus[]> = {
  pending: ["in_review"],
  in_review: ["verified", "rejected"],
  verified: ["suspended"],
  rejected: ["in_review"],
  suspended: ["verified"],
}

/** Statuses the admin must give a reason for: the distributor is told why it cannot sell. */
export const REASON_REQUIRED: readonly DistributorStatus[] = ["rejected", "suspended"]

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string }

export function checkDistributorTransition(
  from: DistributorStatus,
  to: DistributorStatus,
  reason?: string | null
): TransitionCheck {
  if (from === to) {
    return { allowed: false, reason: `the distributor is already ${to}` }
  }
  const next = DISTRIBUTOR_TRANSITIONS[from]
  if (!next.includes(to)) {
    return {
      allowed: false,
      reason: `a ${from} distributor cannot become ${to}; from ${from} it can only become ${next.join(" or ")}`,
    }
  }
  if (REASON_REQUIRED.includes(to) && !reason?.trim()) {
    return { allowed: false, reason: `a reason is required to mark a distributor ${to}; the distributor sees it` }
  }
  return { allowed: true }
}

/** Only a verified distributor's approved listings can be bought. */
export function canSell(status: DistributorStatus): boolean {
  return status === "verified"
}

/**
 * A registered person whose registration is suspended shall not make any taxable supply during the
 * suspension (CGST Rules r.21A(3)); after cancellation it is not registered at all (CGST Act s.29). A
 * distributor supplies under its GSTIN (s.24(ix)), so only an active GSTIN can sell.
 */
export function gstinCanSell(status: GstinStatus | null | undefined): boolean {
  return (status ?? "active") === "active"
}
