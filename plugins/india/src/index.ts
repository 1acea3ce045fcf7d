export {
  addPercents,
  formatMoney,
  formatPercent,
  halfOf,
  parseMoney,
  parsePercent,
  percentOf,
  roundHalfUp,
  valueBeforeTax,
} from "./money"
export type { Percent } from "./money"

export { GST_STATES, resolveState, stateFromGstin } from "./state-codes"
export type { GstState, GstStateType } from "./state-codes"

export { PAN_HOLDER_TYPES, computeGstinCheckChar, validateGstin, validatePan } from "./gstin"
export type { GstinRegistrationType, GstinValidation, PanValidation } from "./gstin"

export {
  GST_SLAB_SETS,
  HSN_SEED,
  financialYear,
  findHsn,
  fyShort,
  isSlabRate,
  istDate,
  rateOn,
  returnPeriod,
  slabsOn,
  toIstDate,
} from "./rates"
export type { HsnCode, RateSchedule, RateScheduleEntry, SlabSet, Uqc } from "./rates"

export { GstRuleError } from "./errors"
export { splitTax } from "./tax-split"
export type { SupplyNature, SupplyType, TaxHead, TaxHeadAmount, TaxSplit, TaxSplitInput } from "./tax-split"

export {
  GST_UQC,
  cessRateError,
  effectiveDateError,
  hsnCodeError,
  normalizePercent,
  slabRateError,
  uqcError,
} from "./hsn"
export type { HsnKind } from "./hsn"
