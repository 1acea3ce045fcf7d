export type RazorpayProviderOptions = {
  key_id: string
  key_secret: string
  webhook_secret: string
  /**
   * true: Razorpay captures the payment as soon as it is authorized.
   * false (default): payments stay authorized until the merchant captures the
   * order in Medusa; Razorpay refunds them if they are not captured in time.
   */
  auto_capture?: boolean
  /** Base URL of the Razorpay REST API, for tests and self-hosted proxies. */
  api_base_url?: string
}

export type RazorpayPaymentStatus =
  | "created"
  | "authorized"
  | "captured"
  | "refunded"
  | "failed"

/**
 * What the provider keeps in the Medusa payment session's `data`. The storefront
 * reads `razorpay_order_id`, `razorpay_key_id`, `amount` and `currency` to open
 * Razorpay Checkout.
 */
export type RazorpaySessionData = {
  session_id: string
  razorpay_order_id: string
  razorpay_key_id: string
  /** In the currency's smallest unit (paise for INR), as Razorpay counts it. */
  amount: number
  /** ISO 4217, upper case, as Razorpay returns it. */
  currency: string
  receipt: string
  razorpay_payment_id?: string
  razorpay_signature?: string
  razorpay_payment_status?: RazorpayPaymentStatus
  razorpay_refund_ids?: string[]
}
