import Razorpay from "razorpay"
import type { Orders } from "razorpay/dist/types/orders"
import type { Payments } from "razorpay/dist/types/payments"
import type {
  AuthorizePaymentInput,
  BigNumberInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import {
  formatSmallestUnit,
  fromSmallestUnit,
  toSmallestUnit,
} from "./amount"
import {
  isValidCheckoutSignature,
  isValidWebhookSignature,
} from "./signature"
import type {
  RazorpayPaymentStatus,
  RazorpayProviderOptions,
  RazorpaySessionData,
} from "./types"

// The SDK sets no timeout of its own; a hung connection would hold cart completion open.
const REQUEST_TIMEOUT_MS = 30_000

// Razorpay auto-captures within 12 minutes of authorization (its minimum) and allows
// manual capture for 5 days (7200 minutes), after which it refunds the customer.
const AUTOMATIC_CAPTURE = {
  capture: "automatic",
  capture_options: {
    automatic_expiry_period: 12,
    manual_expiry_period: 7200,
    refund_speed: "normal",
  },
} as const

// When an order has several payment attempts, the one that moved money decides.
const PAYMENT_PRECEDENCE: Record<RazorpayPaymentStatus, number> = {
  captured: 5,
  refunded: 4,
  authorized: 3,
  created: 2,
  failed: 1,
}

type RazorpayApiError = {
  statusCode: number | string
  error?: { code?: string; description?: string; field?: string }
}

type WebhookPayment = {
  id: string
  amount: number
  currency: string
  order_id?: string | null
  notes?: unknown
}

type WebhookOrder = {
  id: string
  amount_paid?: number
  currency: string
  notes?: unknown
}

type WebhookEvent = {
  event: string
  payment?: WebhookPayment
  order?: WebhookOrder
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined
}

function isRazorpayApiError(error: unknown): error is RazorpayApiError {
  return isRecord(error) && "statusCode" in error
}

function sessionIdFromNotes(notes: unknown): string | undefined {
  // Razorpay sends notes as [] when there are none.
  return isRecord(notes) ? nonEmptyString(notes.session_id) : undefined
}

function headerValue(
  headers: Record<string, unknown>,
  name: string
): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name)
  return key === undefined ? undefined : nonEmptyString(headers[key])
}

class RazorpayProviderService extends AbstractPaymentProvider<RazorpayProviderOptions> {
  static identifier = "razorpay"

  protected readonly options_: RazorpayProviderOptions
  protected readonly client_: Razorpay

  static validateOptions(options: Record<string, unknown>): void {
    const problems: string[] = []

    const keyId = options.key_id
    if (!nonEmptyString(keyId)) {
      problems.push(
        "key_id is missing: set RAZORPAY_KEY_ID to the Key Id from Razorpay Dashboard → Account & Settings → API Keys"
      )
    } else if (!/^rzp_(test|live)_/.test(keyId as string)) {
      problems.push(
        `key_id "${keyId}" is not a Razorpay Key Id (they start with rzp_test_ or rzp_live_); check RAZORPAY_KEY_ID is not the key secret`
      )
    }
    if (!nonEmptyString(options.key_secret)) {
      problems.push(
        "key_secret is missing: set RAZORPAY_KEY_SECRET to the Key Secret generated with the Key Id"
      )
    }
    if (!nonEmptyString(options.webhook_secret)) {
      problems.push(
        "webhook_secret is missing: set RAZORPAY_WEBHOOK_SECRET to the secret you entered when adding the webhook in Razorpay Dashboard → Account & Settings → Webhooks"
      )
    }
    if (
      options.auto_capture !== undefined &&
      typeof options.auto_capture !== "boolean"
    ) {
      problems.push(
        `auto_capture must be true or false, got ${JSON.stringify(options.auto_capture)}; from an env var use process.env.RAZORPAY_AUTO_CAPTURE === "true"`
      )
    }
    if (options.api_base_url !== undefined) {
      const url = nonEmptyString(options.api_base_url)
      let protocol: string | undefined
      try {
        protocol = url ? new URL(url).protocol : undefined
      } catch {
        protocol = undefined
      }
      if (protocol !== "https:" && protocol !== "http:") {
        problems.push(
          `api_base_url must be an http(s) URL such as https://api.razorpay.com, got ${JSON.stringify(options.api_base_url)}`
        )
      }
    }

    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Razorpay payment provider is misconfigured: ${problems.join("; ")}.`
      )
    }
  }

  constructor(cradle: Record<string, unknown>, options: RazorpayProviderOptions) {
    super(cradle, options)
    this.options_ = options
    this.client_ = new Razorpay({
      key_id: options.key_id,
      key_secret: options.key_secret,
    })
    this.configureTransport(options.api_base_url)
  }

  // The SDK hard-codes https://api.razorpay.com; its axios instance lives at client.api.rq.
  private configureTransport(baseUrl: string | undefined): void {
    const transport = (
      this.client_.api as unknown as {
        rq?: { defaults?: { baseURL?: string; timeout?: number } }
      }
    ).rq
    if (!transport?.defaults) {
      if (baseUrl) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          "api_base_url cannot be applied: this version of the razorpay SDK no longer exposes its HTTP client at client.api.rq."
        )
      }
      return
    }
    transport.defaults.timeout = REQUEST_TIMEOUT_MS
    if (baseUrl) {
      transport.defaults.baseURL = baseUrl
    }
  }

  async initiatePayment({
    amount,
    currency_code,
    data,
    context,
  }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId =
      nonEmptyString(data?.session_id) ?? nonEmptyString(context?.idempotency_key)
    if (!sessionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Cannot create a Razorpay order without the Medusa payment session id (data.session_id); create the session through the payment module."
      )
    }
    const sessionData = await this.createOrder(sessionId, amount, currency_code)
    return {
      id: sessionData.razorpay_order_id,
      status: PaymentSessionStatus.PENDING,
      data: sessionData,
    }
  }

  async updatePayment({
    amount,
    currency_code,
    data,
  }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const session = this.readSession(data, "update the payment")
    const smallest = toSmallestUnit(amount, currency_code)
    if (
      smallest === session.amount &&
      currency_code.toUpperCase() === session.currency
    ) {
      return { data: session }
    }
    if (session.razorpay_payment_id) {
      const payment = await this.fetchPayment(session.razorpay_payment_id)
      if (payment.status === "authorized" || payment.status === "captured") {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `The customer already paid ${formatSmallestUnit(payment.amount, payment.currency)} on Razorpay order ${session.razorpay_order_id} (payment ${payment.id}); cancel or refund it before changing the amount.`
        )
      }
    }
    // A Razorpay order's amount is fixed once created, so a new amount needs a new order.
    const sessionData = await this.createOrder(
      session.session_id,
      amount,
      currency_code
    )
    return { status: PaymentSessionStatus.PENDING, data: sessionData }
  }

  async authorizePayment({
    data,
  }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const session = this.readSession(data, "authorize the payment")
    const signature = data?.razorpay_signature
    if (signature === undefined || signature === null) {
      return this.statusOf(session, await this.findOrderPayment(session))
    }

    const paymentId = nonEmptyString(data?.razorpay_payment_id)
    if (!paymentId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "razorpay_signature was sent without razorpay_payment_id; pass both values from Razorpay Checkout's success handler."
      )
    }
    const signed = isValidCheckoutSignature({
      orderId: session.razorpay_order_id,
      paymentId,
      signature,
      keySecret: this.options_.key_secret,
    })
    if (!signed) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The Razorpay checkout signature for payment ${paymentId} on order ${session.razorpay_order_id} does not match, so the payment was not authorized. Ask the customer to pay again; if every payment fails this way, check that RAZORPAY_KEY_SECRET belongs to RAZORPAY_KEY_ID.`
      )
    }
    const payment = await this.fetchPayment(paymentId)
    if (payment.order_id !== session.razorpay_order_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Razorpay payment ${paymentId} belongs to order ${payment.order_id}, not to this session's order ${session.razorpay_order_id}.`
      )
    }
    return this.statusOf(
      { ...session, razorpay_signature: String(signature) },
      payment
    )
  }

  async getPaymentStatus({
    data,
  }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const session = this.readSession(data, "read the payment status")
    return this.statusOf(session, await this.findOrderPayment(session))
  }

  async retrievePayment({
    data,
  }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const session = this.readSession(data, "retrieve the payment")
    const { data: refreshed } = this.statusOf(
      session,
      await this.findOrderPayment(session)
    )
    return { data: refreshed }
  }

  async capturePayment({
    data,
  }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const session = this.readSession(data, "capture the payment")
    const paymentId = this.paymentIdOnRecord(session, "capture")
    const payment = await this.fetchPayment(paymentId)

    if (payment.status === "captured") {
      return { data: { ...session, razorpay_payment_status: payment.status } }
    }
    if (payment.status !== "authorized") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Razorpay payment ${payment.id} is ${payment.status}; only an authorized payment can be captured.`
      )
    }
    const captured = await this.callRazorpay(
      `capturing payment ${payment.id}`,
      () => this.client_.payments.capture(payment.id, payment.amount, payment.currency)
    )
    return { data: { ...session, razorpay_payment_status: captured.status } }
  }

  async refundPayment({
    amount,
    data,
    context,
  }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const session = this.readSession(data, "refund the payment")
    const paymentId = this.paymentIdOnRecord(session, "refund")
    const refund = await this.callRazorpay(
      `refunding payment ${paymentId}`,
      () =>
        this.client_.payments.refund(paymentId, {
          amount: toSmallestUnit(amount, session.currency),
          notes: { session_id: session.session_id },
          ...(context?.idempotency_key ? { receipt: context.idempotency_key } : {}),
        })
    )
    return {
      data: {
        ...session,
        razorpay_refund_ids: [...(session.razorpay_refund_ids ?? []), refund.id],
      },
    }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const paymentId = nonEmptyString(data?.razorpay_payment_id)
    if (!paymentId) {
      // Razorpay orders cannot be canceled; an unpaid order simply expires.
      return { data }
    }
    const payment = await this.fetchPayment(paymentId)
    if (payment.status === "captured") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Razorpay payment ${payment.id} is already captured, so it cannot be canceled; refund it instead.`
      )
    }
    // Razorpay has no void call: an authorized payment that is never captured is
    // refunded to the customer by Razorpay when its capture window ends.
    return { data: { ...data, razorpay_payment_status: payment.status } }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    // Razorpay has no call to delete an order; it expires unpaid.
    return { data }
  }

  async getWebhookActionAndData({
    rawData,
    headers,
  }: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const event = this.verifiedWebhookEvent(rawData, headers)

    let action: PaymentActions
    switch (event.event) {
      case "payment.authorized":
        action = PaymentActions.AUTHORIZED
        break
      case "payment.captured":
      case "order.paid":
        action = PaymentActions.SUCCESSFUL
        break
      case "payment.failed":
        action = PaymentActions.FAILED
        break
      default:
        return { action: PaymentActions.NOT_SUPPORTED }
    }

    const payment = event.payment
    if (!payment) {
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    const sessionId = await this.sessionIdOfWebhook(payment, event.order)
    // Without our session id the payment was not started by this Medusa store
    // (another integration on the same Razorpay account); leave it alone.
    if (!sessionId) {
      return { action: PaymentActions.NOT_SUPPORTED }
    }
    return {
      action,
      data: {
        session_id: sessionId,
        amount: fromSmallestUnit(payment.amount, payment.currency),
      },
    }
  }

  private async createOrder(
    sessionId: string,
    amount: BigNumberInput,
    currencyCode: string
  ): Promise<RazorpaySessionData> {
    const currency = currencyCode.toUpperCase()
    const order = await this.callRazorpay("creating an order", () =>
      this.client_.orders.create({
        amount: toSmallestUnit(amount, currency),
        currency,
        receipt: sessionId,
        notes: { session_id: sessionId },
        payment: this.options_.auto_capture
          ? AUTOMATIC_CAPTURE
          : { capture: "manual" },
      })
    )
    return {
      session_id: sessionId,
      razorpay_order_id: order.id,
      razorpay_key_id: this.options_.key_id,
      amount: Number(order.amount),
      currency: order.currency,
      receipt: order.receipt ?? sessionId,
    }
  }

  private readSession(
    data: Record<string, unknown> | undefined,
    purpose: string
  ): RazorpaySessionData {
    const orderId = nonEmptyString(data?.razorpay_order_id)
    const sessionId = nonEmptyString(data?.session_id)
    const currency = nonEmptyString(data?.currency)
    const amount = data?.amount
    if (!data || !orderId || !sessionId || !currency || typeof amount !== "number") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cannot ${purpose}: the payment data has no Razorpay order (razorpay_order_id, session_id, amount, currency). It was not created by the Razorpay provider, or its data was overwritten.`
      )
    }
    return data as RazorpaySessionData
  }

  private paymentIdOnRecord(
    session: RazorpaySessionData,
    action: "capture" | "refund"
  ): string {
    if (!session.razorpay_payment_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot ${action}: no Razorpay payment is recorded for order ${session.razorpay_order_id}, so the customer has not completed payment.`
      )
    }
    return session.razorpay_payment_id
  }

  private async fetchPayment(paymentId: string): Promise<Payments.RazorpayPayment> {
    return this.callRazorpay(`fetching payment ${paymentId}`, () =>
      this.client_.payments.fetch(paymentId)
    )
  }

  private async findOrderPayment(
    session: RazorpaySessionData
  ): Promise<Payments.RazorpayPayment | undefined> {
    const { items } = await this.callRazorpay(
      `listing the payments of order ${session.razorpay_order_id}`,
      () => this.client_.orders.fetchPayments(session.razorpay_order_id)
    )
    let best: Payments.RazorpayPayment | undefined
    for (const payment of items) {
      const rank = PAYMENT_PRECEDENCE[payment.status] ?? 0
      const bestRank = best ? PAYMENT_PRECEDENCE[best.status] ?? 0 : -1
      if (
        rank > bestRank ||
        (best && rank === bestRank && payment.created_at > best.created_at)
      ) {
        best = payment
      }
    }
    return best
  }

  private statusOf(
    session: RazorpaySessionData,
    payment: Payments.RazorpayPayment | undefined
  ): { status: PaymentSessionStatus; data: Record<string, unknown> } {
    if (!payment) {
      return { status: PaymentSessionStatus.PENDING, data: session }
    }
    const data: RazorpaySessionData = {
      ...session,
      razorpay_payment_id: payment.id,
      razorpay_payment_status: payment.status,
    }
    switch (payment.status) {
      case "authorized":
      case "captured":
      case "refunded":
        if (
          Number(payment.amount) !== session.amount ||
          payment.currency !== session.currency
        ) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Razorpay payment ${payment.id} is for ${formatSmallestUnit(payment.amount, payment.currency)}, but order ${session.razorpay_order_id} is for ${formatSmallestUnit(session.amount, session.currency)}; it does not pay for this cart.`
          )
        }
        return {
          status:
            payment.status === "authorized"
              ? PaymentSessionStatus.AUTHORIZED
              : PaymentSessionStatus.CAPTURED,
          data,
        }
      case "failed":
        return { status: PaymentSessionStatus.ERROR, data }
      default:
        return { status: PaymentSessionStatus.PENDING, data }
    }
  }

  private verifiedWebhookEvent(
    rawData: string | Buffer | undefined,
    headers: Record<string, unknown>
  ): WebhookEvent {
    if (rawData === undefined || rawData === null || rawData.length === 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Razorpay webhook rejected: the request has no raw body to verify. Point the Razorpay webhook at /hooks/payment/razorpay_razorpay, where Medusa keeps the raw body."
      )
    }
    const rawBody = Buffer.isBuffer(rawData) ? rawData : Buffer.from(rawData, "utf8")
    const signature = headerValue(headers ?? {}, "x-razorpay-signature")
    const verified = isValidWebhookSignature({
      rawBody,
      signature,
      webhookSecret: this.options_.webhook_secret,
    })
    if (!verified) {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        signature
          ? "Razorpay webhook rejected: X-Razorpay-Signature does not match the body. Check that RAZORPAY_WEBHOOK_SECRET is the secret set on this webhook in Razorpay Dashboard → Account & Settings → Webhooks."
          : "Razorpay webhook rejected: the request has no X-Razorpay-Signature header, so it did not come from Razorpay."
      )
    }

    // Only the verified bytes are trusted, never the separately parsed body.
    let parsed: unknown
    try {
      parsed = JSON.parse(rawBody.toString("utf8"))
    } catch {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Razorpay webhook rejected: the signed body is not JSON."
      )
    }
    if (!isRecord(parsed) || typeof parsed.event !== "string") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Razorpay webhook rejected: the signed body has no event name."
      )
    }
    const payload = isRecord(parsed.payload) ? parsed.payload : {}
    const entityOf = (name: string): Record<string, unknown> | undefined => {
      const wrapper = payload[name]
      return isRecord(wrapper) && isRecord(wrapper.entity) ? wrapper.entity : undefined
    }
    const payment = entityOf("payment")
    const order = entityOf("order")
    return {
      event: parsed.event,
      payment:
        payment &&
        typeof payment.id === "string" &&
        typeof payment.amount === "number" &&
        typeof payment.currency === "string"
          ? (payment as WebhookPayment)
          : undefined,
      order:
        order && typeof order.id === "string" ? (order as WebhookOrder) : undefined,
    }
  }

  private async sessionIdOfWebhook(
    payment: WebhookPayment,
    order: WebhookOrder | undefined
  ): Promise<string | undefined> {
    const known = sessionIdFromNotes(order?.notes) ?? sessionIdFromNotes(payment.notes)
    if (known || !payment.order_id) {
      return known
    }
    // payment.* events carry only the payment; our session id is on its order.
    const fetched: Orders.RazorpayOrder = await this.callRazorpay(
      `fetching order ${payment.order_id} for a webhook`,
      () => this.client_.orders.fetch(payment.order_id as string)
    )
    return sessionIdFromNotes(fetched.notes)
  }

  private async callRazorpay<T>(action: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (error) {
      throw this.toMedusaError(action, error)
    }
  }

  private toMedusaError(action: string, error: unknown): MedusaError {
    if (isRazorpayApiError(error)) {
      const status = Number(error.statusCode)
      const reason = error.error?.description ?? "no description"
      const code = error.error?.code ?? "UNKNOWN"
      if (status === 401) {
        return new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `Razorpay rejected the API credentials while ${action}: check that RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET are a pair from the same mode (test keys start with rzp_test_).`
        )
      }
      if (status === 404) {
        return new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Razorpay could not find what it needed while ${action}: ${reason}.`
        )
      }
      if (status >= 400 && status < 500) {
        return new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Razorpay refused ${action}: ${reason} (${code}).`
        )
      }
      return new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Razorpay failed while ${action} (HTTP ${status}, ${code}): ${reason}. Retry later.`
      )
    }
    const detail = error instanceof Error ? error.message : String(error)
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Could not reach Razorpay while ${action} (${detail}); the outcome is unknown. Check the server can reach ${this.options_.api_base_url ?? "https://api.razorpay.com"} and retry.`
    )
  }
}

export default RazorpayProviderService
