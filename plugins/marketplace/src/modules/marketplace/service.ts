import type { Context } from "@medusajs/framework/types"
import { InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import { encryptAccountNumber, lastFour, validateAccountNumber, validateIfsc } from "./bank-account"
import { DistributorStatus } from "./constants"
import CommissionRule from "./models/commission-rule"
import Distributor from "./models/distributor"
import DistributorMember from "./models/distributor-member"
import DistributorOrder from "./models/distributor-order"
import DistributorOrderLine from "./models/distributor-order-line"
import DistributorStatusChange from "./models/distributor-status-change"
import KycDocument from "./models/kyc-document"
import Listing from "./models/listing"
import Payout from "./models/payout"
import Settlement from "./models/settlement"
import SettlementLine from "./models/settlement-line"
import { checkDistributorTransition } from "./status-machine"

export type MarketplaceModuleOptions = {
  /** Secret the bank account numbers are encrypted with; falls back to env MARKETPLACE_ENCRYPTION_KEY. */
  encryption_key?: string
  /**
   * Sales channels a distributor's warehouse is linked to, so its stock counts for carts there and shipping
   * options can be offered from it. Default: the store's default sales channel.
   */
  sales_channel_ids?: string[]
  /** Fulfilment provider enabled at a distributor's warehouse. Default: Medusa's manual provider, `manual_manual`. */
  fulfillment_provider_id?: string
}

export type WarehouseSettings = { sales_channel_ids: string[] | null; fulfillment_provider_id: string }

export type StatusActor = { actor_type: "user" | "distributor" | "system"; actor_id?: string | null }

export type BankDetailsInput = {
  account_name: string
  account_number: string
  ifsc: string
  bank_name?: string | null
}

const DEVELOPMENT_KEY = "haat-marketplace-development-key"

class MarketplaceModuleService extends MedusaService({
  Distributor,
  DistributorStatusChange,
  KycDocument,
  DistributorMember,
  Listing,
  CommissionRule,
  DistributorOrder,
  DistributorOrderLine,
  Settlement,
  SettlementLine,
  Payout,
}) {
  protected readonly options_: MarketplaceModuleOptions

  constructor(container: Record<string, unknown>, options: MarketplaceModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  protected encryptionKey(): string {
    const key = this.options_.encryption_key || process.env.MARKETPLACE_ENCRYPTION_KEY
    if (key) {
      return key
    }
    if (["production", "prod"].includes(process.env.NODE_ENV ?? "")) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Set MARKETPLACE_ENCRYPTION_KEY (or the plugin option encryption_key) before storing bank details in production"
      )
    }
    return DEVELOPMENT_KEY
  }

  /** How a new distributor warehouse is wired into Medusa's fulfilment (plugin options; null = the store's default channel). */
  warehouseSettings(): WarehouseSettings {
    const ids = this.options_.sales_channel_ids
    return {
      sales_channel_ids: Array.isArray(ids) && ids.length ? ids : null,
      fulfillment_provider_id: this.options_.fulfillment_provider_id || "manual_manual",
    }
  }

  /**
   * Moves a distributor to another status and records who did it and why, in one transaction.
   * Throws NOT_ALLOWED with the allowed next statuses when the transition is not in the status machine.
   */
  @InjectTransactionManager()
  async changeDistributorStatus(
    distributorId: string,
    to: DistributorStatus,
    actor: StatusActor,
    reason?: string | null,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const distributor = await this.retrieveDistributor(distributorId, { select: ["id", "status"] }, sharedContext)
    const from = distributor.status as DistributorStatus
    const check = checkDistributorTransition(from, to, reason)
    if (!check.allowed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Cannot change the status: ${check.reason}`)
    }
    const now = new Date()
    await this.updateDistributors(
      {
        id: distributorId,
        status: to,
        status_reason: reason?.trim() || null,
        ...(to === "verified" ? { verified_at: now } : {}),
      },
      sharedContext
    )
    const change = await this.createDistributorStatusChanges(
      {
        distributor_id: distributorId,
        from_status: from,
        to_status: to,
        actor_type: actor.actor_type,
        actor_id: actor.actor_id ?? null,
        reason: reason?.trim() || null,
        changed_at: now,
      },
      sharedContext
    )
    return { from, to, change }
  }

  /** Stores bank details with the account number encrypted; only its last four digits stay readable. */
  @InjectTransactionManager()
  async setDistributorBankDetails(
    distributorId: string,
    input: BankDetailsInput,
    @MedusaContext() sharedContext: Context = {}
  ) {
    const account = validateAccountNumber(input.account_number)
    if (!account.valid) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid bank account number: ${account.reason}`)
    }
    const ifsc = validateIfsc(input.ifsc)
    if (!ifsc.valid) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid IFSC: ${ifsc.reason}`)
    }
    return await this.updateDistributors(
      {
        id: distributorId,
        bank_account_name: input.account_name.trim(),
        bank_name: input.bank_name?.trim() || null,
        bank_ifsc: ifsc.ifsc,
        bank_account_last4: lastFour(account.account),
        bank_account_encrypted: encryptAccountNumber(account.account, this.encryptionKey()),
      },
      sharedContext
    )
  }
}

export default MarketplaceModuleService
