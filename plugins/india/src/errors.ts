/** Input that breaks a GST rule or format; the message says what to fix. */
export class GstRuleError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "GstRuleError"
  }
}
