import { createHmac, timingSafeEqual } from "crypto"

export function hmacSha256Hex(secret: string, payload: string | Buffer): string {
  return createHmac("sha256", secret).update(payload).digest("hex")
}

function matchesInConstantTime(expected: string, received: unknown): boolean {
  if (typeof received !== "string") {
    return false
  }
  const expectedBytes = Buffer.from(expected, "utf8")
  const receivedBytes = Buffer.from(received, "utf8")
  return (
    expectedBytes.length === receivedBytes.length &&
    timingSafeEqual(expectedBytes, receivedBytes)
  )
}

/**
 * Razorpay Checkout's success handler returns razorpay_signature =
 * hex(HMAC-SHA256(order_id + "|" + razorpay_payment_id, key_secret)).
 */
export function isValidCheckoutSignature(input: {
  orderId: string
  paymentId: string
  signature: unknown
  keySecret: string
}): boolean {
  const expected = hmacSha256Hex(
    input.keySecret,
    `${input.orderId}|${input.paymentId}`
  )
  return matchesInConstantTime(expected, input.signature)
}

/**
 * Razorpay signs every webhook: X-Razorpay-Signature =
 * hex(HMAC-SHA256(raw request body, webhook secret)).
 */
export function isValidWebhookSignature(input: {
  rawBody: Buffer
  signature: unknown
  webhookSecret: string
}): boolean {
  const expected = hmacSha256Hex(input.webhookSecret, input.rawBody)
  return matchesInConstantTime(expected, input.signature)
}
