import { createHmac } from "crypto"
import type { BigNumberInput, BigNumberValue } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"
import RazorpayProviderService from "../service"
import { fromSmallestUnit, toSmallestUnit } from "../amount"
import type { RazorpayProviderOptions } from "../types"
import { FakeRazorpayApi } from "./fake-razorpay-api"

const KEY_ID = "rzp_test_HaatContract01"
const KEY_SECRET = "haat-contract-key-secret"
const WEBHOOK_SECRET = "haat-contract-webhook-secret"

const hmacHex = (secret: string, payload: string | Buffer) =>
  createHmac("sha256", secret).update(payload).digest("hex")

const asText = (amount: BigNumberValue | undefined) => MathBN.convert(amount!).toFixed()

describe("toSmallestUnit: Medusa amounts to Razorpay's smallest unit", () => {
  it.each<[string, number, BigNumberInput, string]>([
    ["₹1", 100, 1, "inr"],
    ["₹1,234.56 as a number", 123456, 1234.56, "inr"],
    ["₹1,234.56 as a string", 123456, "1234.56", "INR"],
    ["₹1,234.56 as Medusa's raw amount", 123456, { value: "1234.56", precision: 20 }, "inr"],
    ["₹1,234.56 as a BigNumber", 123456, new BigNumber("1234.56"), "inr"],
    ["₹0.01", 1, 0.01, "inr"],
    ["₹0.10", 10, "0.10", "inr"],
    ["₹99,999.99", 9999999, "99999.99", "inr"],
    ["₹10,00,00,000", 10000000000, "100000000", "inr"],
    ["₹1.50 with trailing zeros", 150, "1.5000", "inr"],
    ["$19.99", 1999, "19.99", "usd"],
    ["¥500 (no minor unit)", 500, 500, "jpy"],
    ["KWD 1.234 (three decimals)", 1234, "1.234", "kwd"],
    ["₹1.005, rounded half-up once", 101, 1.005, "inr"],
    ["₹1,234.567, rounded half-up once", 123457, "1234.567", "inr"],
    ["₹117.9882 (18% on ₹99.99 exclusive), rounded", 11799, "117.9882", "inr"],
    ["₹1.0049, rounded down", 100, "1.0049", "inr"],
    ["¥12.5, rounded half-up", 13, "12.5", "jpy"],
  ])("%s → %i", (_label, expected, amount, currency) => {
    expect(toSmallestUnit(amount, currency)).toBe(expected)
  })

  it.each<[string, BigNumberInput, string, RegExp]>([
    ["₹0.004", "0.004", "inr", /less than half of one of the paise/],
    ["₹0", 0, "inr", /positive amount/],
    ["-₹10", -10, "inr", /positive amount/],
    ["an unknown currency", 10, "xyz", /not an ISO 4217 currency/],
  ])("rejects %s", (_label, amount, currency, message) => {
    expect(() => toSmallestUnit(amount, currency)).toThrow(message)
  })

  it.each<[number, string, string]>([
    [123456, "INR", "1234.56"],
    [1, "INR", "0.01"],
    [100, "INR", "1"],
    [500, "JPY", "500"],
  ])("fromSmallestUnit(%i, %s) is %s", (smallest, currency, expected) => {
    expect(asText(fromSmallestUnit(smallest, currency))).toBe(expected)
  })
})

describe("RazorpayProviderService.validateOptions", () => {
  const valid = {
    key_id: KEY_ID,
    key_secret: KEY_SECRET,
    webhook_secret: WEBHOOK_SECRET,
  }

  it("accepts a complete configuration", () => {
    expect(() =>
      RazorpayProviderService.validateOptions({
        ...valid,
        auto_capture: true,
        api_base_url: "https://api.razorpay.com",
      })
    ).not.toThrow()
  })

  it.each<[string, Record<string, unknown>, RegExp]>([
    ["a missing key_id", { key_id: undefined }, /key_id is missing: set RAZORPAY_KEY_ID/],
    ["a key secret passed as key_id", { key_id: "s3cr3t" }, /not a Razorpay Key Id \(they start with rzp_test_ or rzp_live_\)/],
    ["a missing key_secret", { key_secret: "" }, /key_secret is missing: set RAZORPAY_KEY_SECRET/],
    ["a missing webhook_secret", { webhook_secret: undefined }, /webhook_secret is missing: set RAZORPAY_WEBHOOK_SECRET/],
    ["auto_capture as the string from an env var", { auto_capture: "true" }, /auto_capture must be true or false, got "true"/],
    ["an api_base_url that is not a URL", { api_base_url: "api.razorpay.com" }, /api_base_url must be an http\(s\) URL/],
  ])("rejects %s", (_label, override, message) => {
    expect(() => RazorpayProviderService.validateOptions({ ...valid, ...override })).toThrow(message)
  })

  it("reports every problem at once", () => {
    expect(() => RazorpayProviderService.validateOptions({})).toThrow(
      /key_id is missing.*key_secret is missing.*webhook_secret is missing/
    )
  })
})

describe("RazorpayProviderService against the Razorpay REST contract", () => {
  const api = new FakeRazorpayApi(KEY_ID, KEY_SECRET)
  let baseUrl: string
  let sequence = 0

  const makeProvider = (overrides: Partial<RazorpayProviderOptions> = {}) =>
    new RazorpayProviderService(
      {},
      {
        key_id: KEY_ID,
        key_secret: KEY_SECRET,
        webhook_secret: WEBHOOK_SECRET,
        api_base_url: baseUrl,
        ...overrides,
      }
    )

  const newSessionId = () => `payses_01HAATCONTRACT${String(++sequence).padStart(6, "0")}`

  const startSession = async (
    provider: RazorpayProviderService,
    amount: BigNumberInput = "1234.56"
  ) => {
    const sessionId = newSessionId()
    const result = await provider.initiatePayment({
      amount,
      currency_code: "inr",
      data: { session_id: sessionId },
      context: { idempotency_key: sessionId },
    })
    return { sessionId, data: result.data!, orderId: result.data!.razorpay_order_id as string }
  }

  const checkoutSignature = (orderId: string, paymentId: string, secret = KEY_SECRET) =>
    hmacHex(secret, `${orderId}|${paymentId}`)

  beforeAll(async () => {
    baseUrl = await api.start()
  })

  afterAll(async () => {
    await api.stop()
  })

  describe("initiatePayment", () => {
    it("creates a Razorpay order for the amount in paise, with the session id as receipt and note", async () => {
      const provider = makeProvider()
      const before = api.requests.length
      const sessionId = newSessionId()

      const result = await provider.initiatePayment({
        amount: { value: "1234.56", precision: 20 },
        currency_code: "inr",
        data: { session_id: sessionId },
        context: { idempotency_key: sessionId },
      })

      const sent = api.requests.slice(before)
      expect(sent).toHaveLength(1)
      expect(sent[0]).toEqual({
        method: "POST",
        path: "/v1/orders",
        credentials: { keyId: KEY_ID, keySecret: KEY_SECRET },
        body: {
          amount: 123456,
          currency: "INR",
          receipt: sessionId,
          notes: { session_id: sessionId },
          payment: { capture: "manual" },
        },
      })
      const orderId = result.data!.razorpay_order_id as string
      expect(api.order(orderId)).toMatchObject({ amount: 123456, currency: "INR", receipt: sessionId })
      expect(result).toEqual({
        id: orderId,
        status: "pending",
        data: {
          session_id: sessionId,
          razorpay_order_id: orderId,
          razorpay_key_id: KEY_ID,
          amount: 123456,
          currency: "INR",
          receipt: sessionId,
        },
      })
    })

    it("takes the session id from the context when data has none", async () => {
      const provider = makeProvider()
      const result = await provider.initiatePayment({
        amount: 500,
        currency_code: "inr",
        context: { idempotency_key: "payses_from_context" },
      })
      expect(api.order(result.data!.razorpay_order_id as string).receipt).toBe("payses_from_context")
    })

    it("asks Razorpay to capture automatically when auto_capture is on", async () => {
      const provider = makeProvider({ auto_capture: true })
      const { orderId } = await startSession(provider, 499)
      const [request] = api.requests.filter(
        (r) => r.path === "/v1/orders" && r.body?.amount === 49900
      )
      expect(request.body?.payment).toEqual({
        capture: "automatic",
        capture_options: {
          automatic_expiry_period: 12,
          manual_expiry_period: 7200,
          refund_speed: "normal",
        },
      })
      expect(api.order(orderId).amount).toBe(49900)
    })

    it("charges a total with digits below the paisa rounded half-up, once", async () => {
      const provider = makeProvider()
      const { id } = await provider.initiatePayment({
        amount: "117.9882",
        currency_code: "inr",
        data: { session_id: newSessionId() },
      })
      expect(api.order(id).amount).toBe(11799)
    })

    it("rejects ₹0.004 without calling Razorpay", async () => {
      const provider = makeProvider()
      const before = api.requests.length
      await expect(
        provider.initiatePayment({
          amount: "0.004",
          currency_code: "inr",
          data: { session_id: newSessionId() },
        })
      ).rejects.toThrow(/less than half of one of the paise/)
      expect(api.requests.length).toBe(before)
    })

    it("passes on Razorpay's reason when it refuses the order", async () => {
      const provider = makeProvider()
      await expect(startSession(provider, "0.50")).rejects.toThrow(
        "Razorpay refused creating an order: Order amount less than minimum amount allowed (BAD_REQUEST_ERROR)."
      )
    })

    it("tells the merchant to check the key pair when Razorpay rejects the credentials", async () => {
      const provider = makeProvider({ key_secret: "not-the-secret" })
      const before = api.requests.length
      await expect(startSession(provider)).rejects.toThrow(
        /rejected the API credentials while creating an order: check that RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET/
      )
      expect(api.requests[before].credentials).toEqual({ keyId: KEY_ID, keySecret: "not-the-secret" })
    })
  })

  describe("authorizePayment", () => {
    it("stays pending while the customer has not paid", async () => {
      const provider = makeProvider()
      const { data } = await startSession(provider)
      const result = await provider.authorizePayment({ data })
      expect(result.status).toBe("pending")
    })

    it("authorizes with a valid checkout signature and records the payment", async () => {
      const provider = makeProvider()
      const { data, orderId } = await startSession(provider)
      const payment = api.simulateCheckout(orderId, "authorized")
      const signature = checkoutSignature(orderId, payment.id)

      const result = await provider.authorizePayment({
        data: { ...data, razorpay_payment_id: payment.id, razorpay_signature: signature },
      })

      expect(result.status).toBe("authorized")
      expect(result.data).toMatchObject({
        razorpay_order_id: orderId,
        razorpay_payment_id: payment.id,
        razorpay_payment_status: "authorized",
        razorpay_signature: signature,
      })
      expect(api.requestsTo("GET", `/v1/payments/${payment.id}`)).toHaveLength(1)
    })

    it.each<[string, (good: string, orderId: string, paymentId: string) => string]>([
      ["a tampered signature", (good) => (good[0] === "a" ? "b" : "a") + good.slice(1)],
      ["a signature made with another key secret", (_good, orderId, paymentId) => checkoutSignature(orderId, paymentId, "other-secret")],
      ["a signature for another payment", (_good, orderId) => checkoutSignature(orderId, "pay_SomeoneElse0001")],
      ["a truncated signature", (good) => good.slice(0, 32)],
    ])("refuses %s without asking Razorpay about the payment", async (_label, forge) => {
      const provider = makeProvider()
      const { data, orderId } = await startSession(provider)
      const payment = api.simulateCheckout(orderId, "authorized")
      const good = checkoutSignature(orderId, payment.id)

      await expect(
        provider.authorizePayment({
          data: { ...data, razorpay_payment_id: payment.id, razorpay_signature: forge(good, orderId, payment.id) },
        })
      ).rejects.toThrow(`The Razorpay checkout signature for payment ${payment.id} on order ${orderId} does not match`)
      expect(api.requestsTo("GET", `/v1/payments/${payment.id}`)).toHaveLength(0)
    })

    it("refuses a signature without the payment id", async () => {
      const provider = makeProvider()
      const { data } = await startSession(provider)
      await expect(
        provider.authorizePayment({ data: { ...data, razorpay_signature: "abc" } })
      ).rejects.toThrow(/razorpay_signature was sent without razorpay_payment_id/)
    })

    it("reports captured when Razorpay already captured the payment", async () => {
      const provider = makeProvider({ auto_capture: true })
      const { data, orderId } = await startSession(provider)
      const payment = api.simulateCheckout(orderId, "authorized")

      const result = await provider.authorizePayment({ data })

      expect(result.status).toBe("captured")
      expect(result.data?.razorpay_payment_id).toBe(payment.id)
      expect(api.requestsTo("GET", `/v1/orders/${orderId}/payments`)).toHaveLength(1)
    })

    it("authorizes from the order's payments when a failed attempt came first", async () => {
      const provider = makeProvider()
      const { data, orderId } = await startSession(provider)
      api.simulateCheckout(orderId, "failed")
      const second = api.simulateCheckout(orderId, "authorized")

      const result = await provider.authorizePayment({ data })

      expect(result.status).toBe("authorized")
      expect(result.data?.razorpay_payment_id).toBe(second.id)
    })

    it("refuses a payment whose amount differs from the session's order", async () => {
      const provider = makeProvider()
      const { data, orderId } = await startSession(provider)
      const payment = api.simulateCheckout(orderId, "authorized")
      await expect(provider.authorizePayment({ data: { ...data, amount: 999999 } })).rejects.toThrow(
        `Razorpay payment ${payment.id} is for INR 1234.56, but order ${orderId} is for INR 9999.99`
      )
    })

    it("reports an error when every attempt failed", async () => {
      const provider = makeProvider()
      const { data, orderId } = await startSession(provider)
      api.simulateCheckout(orderId, "failed")
      const status = await provider.getPaymentStatus({ data })
      expect(status.status).toBe("error")
    })
  })

  describe("after authorization", () => {
    const authorized = async (provider: RazorpayProviderService) => {
      const { data, orderId, sessionId } = await startSession(provider)
      const payment = api.simulateCheckout(orderId, "authorized")
      const result = await provider.authorizePayment({ data })
      return { data: result.data!, orderId, sessionId, paymentId: payment.id }
    }

    it("captures the authorized amount in paise", async () => {
      const provider = makeProvider()
      const { data, paymentId } = await authorized(provider)

      const result = await provider.capturePayment({ data })

      expect(api.requestsTo("POST", `/v1/payments/${paymentId}/capture`).map((r) => r.body)).toEqual([
        { amount: 123456, currency: "INR" },
      ])
      expect(api.payment(paymentId).status).toBe("captured")
      expect(result.data?.razorpay_payment_status).toBe("captured")
    })

    it("does not capture twice", async () => {
      const provider = makeProvider()
      const { data, paymentId } = await authorized(provider)
      await provider.capturePayment({ data })
      const again = await provider.capturePayment({ data })

      expect(api.requestsTo("POST", `/v1/payments/${paymentId}/capture`)).toHaveLength(1)
      expect(again.data?.razorpay_payment_status).toBe("captured")
    })

    it("refunds partially, in paise, until the captured amount is used up", async () => {
      const provider = makeProvider()
      const { data, paymentId, sessionId } = await authorized(provider)
      const captured = await provider.capturePayment({ data })

      const first = await provider.refundPayment({
        amount: { value: "200.50", precision: 20 },
        data: captured.data,
        context: { idempotency_key: "ref_01FIRST" },
      })
      const second = await provider.refundPayment({
        amount: "1034.06",
        data: first.data,
        context: { idempotency_key: "ref_01SECOND" },
      })

      expect(api.requestsTo("POST", `/v1/payments/${paymentId}/refund`).map((r) => r.body)).toEqual([
        { amount: 20050, notes: { session_id: sessionId }, receipt: "ref_01FIRST" },
        { amount: 103406, notes: { session_id: sessionId }, receipt: "ref_01SECOND" },
      ])
      expect(api.payment(paymentId)).toMatchObject({ amount_refunded: 123456, refund_status: "full" })
      expect(second.data?.razorpay_refund_ids).toHaveLength(2)

      await expect(
        provider.refundPayment({ amount: "0.01", data: second.data })
      ).rejects.toThrow("Razorpay refused refunding payment")
    })

    it("refunds an amount with digits below the paisa rounded half-up to the paisa", async () => {
      const provider = makeProvider()
      const { data, paymentId } = await authorized(provider)
      await provider.capturePayment({ data })
      await provider.refundPayment({ amount: "10.005", data })
      const refunds = api.requestsTo("POST", `/v1/payments/${paymentId}/refund`)
      expect(refunds).toHaveLength(1)
      expect(refunds[0].body).toMatchObject({ amount: 1001 })
    })

    it("cannot refund a session the customer never paid", async () => {
      const provider = makeProvider()
      const { data, orderId } = await startSession(provider)
      await expect(provider.refundPayment({ amount: 10, data })).rejects.toThrow(
        `Cannot refund: no Razorpay payment is recorded for order ${orderId}`
      )
    })

    it("cancels an authorized payment and refuses to cancel a captured one", async () => {
      const provider = makeProvider()
      const { data, paymentId } = await authorized(provider)

      const canceled = await provider.cancelPayment({ data })
      expect(canceled.data?.razorpay_payment_status).toBe("authorized")

      await provider.capturePayment({ data })
      await expect(provider.cancelPayment({ data })).rejects.toThrow(
        `Razorpay payment ${paymentId} is already captured, so it cannot be canceled; refund it instead.`
      )
    })

    it("retrieves the current state from Razorpay", async () => {
      const provider = makeProvider()
      const { data, paymentId } = await authorized(provider)
      await provider.capturePayment({ data })
      const retrieved = await provider.retrievePayment({ data })
      expect(retrieved.data).toMatchObject({ razorpay_payment_id: paymentId, razorpay_payment_status: "captured" })
    })
  })

  describe("updatePayment", () => {
    it("keeps the order when the amount is unchanged", async () => {
      const provider = makeProvider()
      const { data } = await startSession(provider)
      const before = api.requestsTo("POST", "/v1/orders").length

      const result = await provider.updatePayment({ amount: "1234.56", currency_code: "inr", data })

      expect(api.requestsTo("POST", "/v1/orders")).toHaveLength(before)
      expect(result.data).toEqual(data)
    })

    it("creates a new order when the amount changes", async () => {
      const provider = makeProvider()
      const { data, orderId, sessionId } = await startSession(provider)

      const result = await provider.updatePayment({ amount: "1500", currency_code: "inr", data })

      expect(result.status).toBe("pending")
      expect(result.data?.razorpay_order_id).not.toBe(orderId)
      expect(api.order(result.data!.razorpay_order_id as string)).toMatchObject({
        amount: 150000,
        receipt: sessionId,
        notes: { session_id: sessionId },
      })
    })
    it("refuses to change the amount after the customer paid", async () => {
      const provider = makeProvider()
      const { data, orderId } = await startSession(provider)
      const payment = api.simulateCheckout(orderId, "authorized")
      const authorized = await provider.authorizePayment({ data })
      const before = api.requestsTo("POST", "/v1/orders").length

      await expect(
        provider.updatePayment({ amount: "1500", currency_code: "inr", data: authorized.data })
      ).rejects.toThrow(
        `The customer already paid INR 1234.56 on Razorpay order ${orderId} (payment ${payment.id}); cancel or refund it before changing the amount.`
      )
      expect(api.requestsTo("POST", "/v1/orders")).toHaveLength(before)
    })
  })

  describe("getWebhookActionAndData", () => {
    type WebhookEntity = Record<string, unknown>

    const paymentEntity = (overrides: WebhookEntity = {}): WebhookEntity => ({
      id: "pay_WebhookTest0001",
      entity: "payment",
      amount: 123456,
      currency: "INR",
      status: "authorized",
      order_id: "order_NotOnFile00001",
      method: "upi",
      captured: false,
      notes: { session_id: "payses_01WEBHOOK" },
      created_at: 1700000100,
      ...overrides,
    })

    const eventBody = (event: string, payload: Record<string, WebhookEntity>) =>
      JSON.stringify({
        entity: "event",
        account_id: "acc_HaatTest00001",
        event,
        contains: Object.keys(payload),
        payload: Object.fromEntries(
          Object.entries(payload).map(([name, entity]) => [name, { entity }])
        ),
        created_at: 1700000200,
      })

    const signed = (body: string, secret = WEBHOOK_SECRET) => ({
      data: JSON.parse(body) as Record<string, unknown>,
      rawData: Buffer.from(body, "utf8"),
      headers: { "x-razorpay-signature": hmacHex(secret, body), "content-type": "application/json" },
    })

    it.each<[string, string, Record<string, WebhookEntity>]>([
      ["payment.authorized", "authorized", { payment: paymentEntity() }],
      ["payment.captured", "captured", { payment: paymentEntity({ status: "captured", captured: true }) }],
      ["payment.failed", "failed", { payment: paymentEntity({ status: "failed" }) }],
    ])("maps %s to %s with the session id and the amount in rupees", async (event, action, payload) => {
      const provider = makeProvider()
      const result = await provider.getWebhookActionAndData(signed(eventBody(event, payload)))
      expect(result.action).toBe(action)
      expect(result.data?.session_id).toBe("payses_01WEBHOOK")
      expect(asText(result.data?.amount)).toBe("1234.56")
    })

    it("maps order.paid to captured, taking the session id from the order", async () => {
      const provider = makeProvider()
      const body = eventBody("order.paid", {
        payment: paymentEntity({ status: "captured", captured: true, notes: [] }),
        order: {
          id: "order_NotOnFile00001",
          entity: "order",
          amount: 123456,
          amount_paid: 123456,
          currency: "INR",
          status: "paid",
          notes: { session_id: "payses_01FROMORDER" },
        },
      })
      const result = await provider.getWebhookActionAndData(signed(body))
      expect(result).toEqual({
        action: "captured",
        data: { session_id: "payses_01FROMORDER", amount: expect.any(BigNumber) },
      })
      expect(asText(result.data?.amount)).toBe("1234.56")
    })

    it("looks the session id up on the order when the payment's notes are empty", async () => {
      const provider = makeProvider()
      const { orderId, sessionId } = await startSession(provider, "99.99")
      const payment = api.simulateCheckout(orderId, "authorized")
      const body = eventBody("payment.authorized", {
        payment: { ...payment, notes: [] } as unknown as WebhookEntity,
      })

      const result = await provider.getWebhookActionAndData(signed(body))

      expect(result.action).toBe("authorized")
      expect(result.data?.session_id).toBe(sessionId)
      expect(asText(result.data?.amount)).toBe("99.99")
      expect(api.requestsTo("GET", `/v1/orders/${orderId}`)).toHaveLength(1)
    })

    it("ignores payments on orders this store did not create", async () => {
      const provider = makeProvider()
      const order = api.addForeignOrder(5000, { pos_bill: "42" })
      const payment = api.simulateCheckout(order.id, "captured")
      const body = eventBody("payment.captured", {
        payment: payment as unknown as WebhookEntity,
      })
      expect(await provider.getWebhookActionAndData(signed(body))).toEqual({ action: "not_supported" })
    })

    it.each(["refund.processed", "payment.dispute.created", "order.notification.delivered"])(
      "does not act on %s",
      async (event) => {
        const provider = makeProvider()
        const result = await provider.getWebhookActionAndData(
          signed(eventBody(event, { payment: paymentEntity() }))
        )
        expect(result).toEqual({ action: "not_supported" })
      }
    )

    it("returns the same result when Razorpay delivers the same webhook again", async () => {
      const provider = makeProvider()
      const delivery = signed(eventBody("payment.captured", { payment: paymentEntity({ status: "captured" }) }))
      const first = await provider.getWebhookActionAndData(delivery)
      const replay = await provider.getWebhookActionAndData(delivery)
      expect(replay).toEqual(first)
      expect(first.action).toBe("captured")
      expect(first.data?.session_id).toBe("payses_01WEBHOOK")
    })

    it("accepts the raw body as a string and the header in any case", async () => {
      const provider = makeProvider()
      const body = eventBody("payment.authorized", { payment: paymentEntity() })
      const result = await provider.getWebhookActionAndData({
        data: {},
        rawData: body,
        headers: { "X-Razorpay-Signature": hmacHex(WEBHOOK_SECRET, body) },
      })
      expect(result.action).toBe("authorized")
    })

    it("trusts only the signed raw body, not the parsed body next to it", async () => {
      const provider = makeProvider()
      const delivery = signed(eventBody("payment.authorized", { payment: paymentEntity() }))
      const result = await provider.getWebhookActionAndData({
        ...delivery,
        data: JSON.parse(
          eventBody("payment.captured", { payment: paymentEntity({ notes: { session_id: "payses_ATTACKER" } }) })
        ) as Record<string, unknown>,
      })
      expect(result.action).toBe("authorized")
      expect(result.data?.session_id).toBe("payses_01WEBHOOK")
    })

    it("rejects a body changed after signing", async () => {
      const provider = makeProvider()
      const original = eventBody("payment.captured", { payment: paymentEntity({ amount: 100 }) })
      const delivery = signed(original)
      const tampered = original.replace('"amount":100', '"amount":100000')
      expect(tampered).not.toBe(original)

      await expect(
        provider.getWebhookActionAndData({ ...delivery, rawData: Buffer.from(tampered) })
      ).rejects.toThrow(/X-Razorpay-Signature does not match the body. Check that RAZORPAY_WEBHOOK_SECRET/)
    })

    it("rejects a webhook signed with another secret", async () => {
      const provider = makeProvider()
      const delivery = signed(eventBody("payment.captured", { payment: paymentEntity() }), "someone-elses-secret")
      await expect(provider.getWebhookActionAndData(delivery)).rejects.toThrow(/does not match the body/)
    })

    it("rejects a webhook without a signature header", async () => {
      const provider = makeProvider()
      const body = eventBody("payment.captured", { payment: paymentEntity() })
      await expect(
        provider.getWebhookActionAndData({ data: {}, rawData: body, headers: {} })
      ).rejects.toThrow(/no X-Razorpay-Signature header/)
    })

    it("rejects a webhook without a raw body", async () => {
      const provider = makeProvider()
      await expect(
        provider.getWebhookActionAndData({
          data: {},
          rawData: "",
          headers: { "x-razorpay-signature": hmacHex(WEBHOOK_SECRET, "") },
        })
      ).rejects.toThrow(/no raw body to verify/)
    })
  })
})
