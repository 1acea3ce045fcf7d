import http from "http"
import type { AddressInfo } from "net"

/**
 * A local stand-in for https://api.razorpay.com that follows Razorpay's documented
 * REST contract for the endpoints the provider uses, and records every request
 * so tests can assert what the official SDK actually sent.
 */

export type RecordedRequest = {
  method: string
  path: string
  credentials: { keyId: string; keySecret: string } | null
  body: Record<string, unknown> | undefined
}

type PaymentStatus = "created" | "authorized" | "captured" | "refunded" | "failed"

export type FakeOrder = {
  id: string
  entity: "order"
  amount: number
  amount_paid: number
  amount_due: number
  currency: string
  receipt: string | null
  status: "created" | "attempted" | "paid"
  attempts: number
  notes: Record<string, unknown> | unknown[]
  created_at: number
}

export type FakePayment = {
  id: string
  entity: "payment"
  amount: number
  currency: string
  status: PaymentStatus
  order_id: string
  method: string
  captured: boolean
  amount_refunded: number
  refund_status: "partial" | "full" | null
  notes: Record<string, unknown> | unknown[]
  created_at: number
}

class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly description: string,
    readonly code = "BAD_REQUEST_ERROR"
  ) {
    super(description)
  }
}

export class FakeRazorpayApi {
  readonly requests: RecordedRequest[] = []
  private readonly orders = new Map<string, FakeOrder>()
  private readonly payments = new Map<string, FakePayment>()
  private readonly captureModes = new Map<string, string>()
  private sequence = 0
  private clock = 1_700_000_000
  private server?: http.Server

  constructor(
    private readonly keyId: string,
    private readonly keySecret: string
  ) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" })
        res.end(JSON.stringify({ error: { code: "SERVER_ERROR", description: String(error) } }))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server?.close((error) => (error ? reject(error) : resolve()))
    )
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path)
  }

  order(id: string): FakeOrder {
    const order = this.orders.get(id)
    if (!order) {
      throw new Error(`fake Razorpay has no order ${id}`)
    }
    return order
  }

  payment(id: string): FakePayment {
    const payment = this.payments.get(id)
    if (!payment) {
      throw new Error(`fake Razorpay has no payment ${id}`)
    }
    return payment
  }

  /** An order someone else created on the same Razorpay account. */
  addForeignOrder(amount: number, notes: Record<string, unknown> | unknown[]): FakeOrder {
    return this.createOrder({ amount, currency: "INR", receipt: "pos-42", notes })
  }

  /** What Razorpay Checkout does when the customer pays (or fails to pay) an order. */
  simulateCheckout(
    orderId: string,
    outcome: "authorized" | "captured" | "failed",
    notes: Record<string, unknown> | unknown[] = []
  ): FakePayment {
    const order = this.order(orderId)
    const captured =
      outcome === "captured" ||
      (outcome === "authorized" && this.captureModes.get(order.id) === "automatic")
    const payment: FakePayment = {
      id: this.nextId("pay"),
      entity: "payment",
      amount: order.amount,
      currency: order.currency,
      status: outcome === "failed" ? "failed" : captured ? "captured" : "authorized",
      order_id: order.id,
      method: "upi",
      captured,
      amount_refunded: 0,
      refund_status: null,
      notes,
      created_at: ++this.clock,
    }
    this.payments.set(payment.id, payment)
    order.attempts += 1
    order.status = outcome === "failed" ? "attempted" : "paid"
    if (outcome !== "failed") {
      order.amount_paid = order.amount
      order.amount_due = 0
    }
    return payment
  }

  private nextId(prefix: string): string {
    this.sequence += 1
    return `${prefix}_Fake${String(this.sequence).padStart(10, "0")}`
  }

  private createOrder(body: Record<string, unknown>): FakeOrder {
    const { amount, currency, receipt, notes, payment } = body
    if (typeof amount !== "number" || !Number.isInteger(amount)) {
      throw new ApiError(400, "The amount must be an integer.")
    }
    if (amount < 100) {
      throw new ApiError(400, "Order amount less than minimum amount allowed")
    }
    if (typeof currency !== "string" || !/^[A-Z]{3}$/.test(currency)) {
      throw new ApiError(400, "The currency must be a valid 3-letter ISO code.")
    }
    if (receipt !== undefined && (typeof receipt !== "string" || receipt.length > 40)) {
      throw new ApiError(400, "The receipt may not be greater than 40 characters.")
    }
    const capture = (payment as { capture?: unknown } | undefined)?.capture
    if (payment !== undefined && capture !== "automatic" && capture !== "manual") {
      throw new ApiError(400, "payment.capture must be automatic or manual.")
    }
    const order: FakeOrder = {
      id: this.nextId("order"),
      entity: "order",
      amount,
      amount_paid: 0,
      amount_due: amount,
      currency,
      receipt: (receipt as string | undefined) ?? null,
      status: "created",
      attempts: 0,
      notes: (notes as FakeOrder["notes"] | undefined) ?? [],
      created_at: ++this.clock,
    }
    this.orders.set(order.id, order)
    // Without payment.capture, the account's dashboard setting applies; Razorpay's default is automatic.
    this.captureModes.set(order.id, (capture as string | undefined) ?? "automatic")
    return order
  }

  private capture(paymentId: string, body: Record<string, unknown>): FakePayment {
    const payment = this.existingPayment(paymentId)
    if (payment.status === "captured" || payment.status === "refunded") {
      throw new ApiError(400, "This payment has already been captured")
    }
    if (payment.status !== "authorized") {
      throw new ApiError(400, "Only payments which have been authorized and not yet captured can be captured")
    }
    if (body.amount !== payment.amount) {
      throw new ApiError(400, "Capture amount must be equal to the amount authorized")
    }
    if (body.currency !== undefined && body.currency !== payment.currency) {
      throw new ApiError(400, "Currency should be same as that of the payment")
    }
    payment.status = "captured"
    payment.captured = true
    return payment
  }

  private refund(paymentId: string, body: Record<string, unknown>): Record<string, unknown> {
    const payment = this.existingPayment(paymentId)
    if (!payment.captured) {
      throw new ApiError(400, "The payment has not been captured")
    }
    const refundable = payment.amount - payment.amount_refunded
    const amount = body.amount ?? refundable
    if (typeof amount !== "number" || !Number.isInteger(amount) || amount <= 0) {
      throw new ApiError(400, "The amount must be a positive integer.")
    }
    if (amount > refundable) {
      throw new ApiError(400, "The refund amount provided is greater than amount captured")
    }
    payment.amount_refunded += amount
    payment.refund_status = payment.amount_refunded === payment.amount ? "full" : "partial"
    if (payment.refund_status === "full") {
      payment.status = "refunded"
    }
    return {
      id: this.nextId("rfnd"),
      entity: "refund",
      amount,
      currency: payment.currency,
      payment_id: payment.id,
      notes: body.notes ?? [],
      receipt: body.receipt ?? null,
      status: "processed",
      speed_requested: "normal",
      created_at: ++this.clock,
    }
  }

  private existingPayment(paymentId: string): FakePayment {
    const payment = this.payments.get(paymentId)
    if (!payment) {
      throw new ApiError(400, "The id provided does not exist")
    }
    return payment
  }

  private existingOrder(orderId: string): FakeOrder {
    const order = this.orders.get(orderId)
    if (!order) {
      throw new ApiError(400, "The id provided does not exist")
    }
    return order
  }

  private route(method: string, path: string, body: Record<string, unknown>): unknown {
    let match: RegExpMatchArray | null
    if (method === "POST" && path === "/v1/orders") {
      return this.createOrder(body)
    }
    if (method === "GET" && (match = path.match(/^\/v1\/orders\/([^/]+)\/payments$/))) {
      const order = this.existingOrder(match[1])
      const items = [...this.payments.values()].filter((p) => p.order_id === order.id)
      return { entity: "collection", count: items.length, items }
    }
    if (method === "GET" && (match = path.match(/^\/v1\/orders\/([^/]+)$/))) {
      return this.existingOrder(match[1])
    }
    if (method === "GET" && (match = path.match(/^\/v1\/payments\/([^/]+)$/))) {
      return this.existingPayment(match[1])
    }
    if (method === "POST" && (match = path.match(/^\/v1\/payments\/([^/]+)\/capture$/))) {
      return this.capture(match[1], body)
    }
    if (method === "POST" && (match = path.match(/^\/v1\/payments\/([^/]+)\/refund$/))) {
      return this.refund(match[1], body)
    }
    throw new ApiError(404, "The requested URL was not found on the server.", "NOT_FOUND")
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
    }
    const text = Buffer.concat(chunks).toString("utf8")
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname
    const method = req.method ?? "GET"

    const authorization = req.headers.authorization ?? ""
    let credentials: RecordedRequest["credentials"] = null
    if (authorization.startsWith("Basic ")) {
      const decoded = Buffer.from(authorization.slice(6), "base64").toString("utf8")
      const separator = decoded.indexOf(":")
      credentials = {
        keyId: decoded.slice(0, separator),
        keySecret: decoded.slice(separator + 1),
      }
    }
    this.requests.push({ method, path, credentials, body })

    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" })
      res.end(JSON.stringify(payload))
    }
    if (credentials?.keyId !== this.keyId || credentials?.keySecret !== this.keySecret) {
      send(401, { error: { code: "BAD_REQUEST_ERROR", description: "Authentication failed" } })
      return
    }
    try {
      send(200, this.route(method, path, body ?? {}))
    } catch (error) {
      if (error instanceof ApiError) {
        send(error.statusCode, { error: { code: error.code, description: error.description } })
        return
      }
      throw error
    }
  }
}
