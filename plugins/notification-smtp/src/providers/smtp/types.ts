/** One email: `{{ key }}` (or `{{ a.b }}`) in each part is replaced by that value of the notification's `data`. */
export type SmtpEmailTemplate = {
  subject: string
  /** The plain-text part; values go in as they are. */
  text: string
  /** The HTML part; values are HTML-escaped. Without it, the text part is sent as escaped HTML paragraphs. */
  html?: string
}

export type SmtpProviderOptions = {
  /** SMTP server host name, e.g. smtp.gmail.com (SMTP_HOST). */
  host: string
  /** Default 465 when `secure`, else 587 (SMTP_PORT). */
  port?: number
  /** `true`: TLS from the first byte (port 465). `false`: plain, upgraded with STARTTLS when the server offers it (SMTP_SECURE). */
  secure?: boolean
  /** Log-in; leave out for a relay that accepts mail without one (SMTP_USER, SMTP_PASSWORD). */
  auth?: { user?: string; pass?: string }
  /** Sender used when a notification names none, e.g. `"Haat" <no-reply@haat.in>` (SMTP_FROM). */
  from: string
  /** Emails by template name, the `template` a notification is created with. */
  templates?: Record<string, SmtpEmailTemplate>
  /** How long to wait for the server to accept a connection, in milliseconds (default 10 000). */
  connection_timeout_ms?: number
}
