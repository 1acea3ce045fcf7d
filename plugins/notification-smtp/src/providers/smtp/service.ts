import type {
  Logger,
  ProviderSendNotificationDTO,
  ProviderSendNotificationResultsDTO,
} from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer"
import { renderTemplate, type RenderedEmail } from "./template"
import type { SmtpProviderOptions } from "./types"

type Dependencies = { logger: Logger }

type SmtpError = Error & { code?: string; response?: string; responseCode?: number; command?: string }

const UNREACHABLE = new Set(["ESOCKET", "ECONNECTION", "ETIMEDOUT", "EDNS", "ECONNREFUSED", "ECONNRESET", "ETLS", "EPROTOCOL"])

/**
 * Sends Medusa notifications of the channel it is registered for (normally "email") through an SMTP
 * server with nodemailer. The email is the notification's `content` when it carries one, else the
 * template named by `template`, rendered with `data`.
 */
class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-smtp"

  protected readonly options_: SmtpProviderOptions
  protected readonly logger_: Logger
  protected readonly transporter_: Transporter
  protected readonly port_: number

  static validateOptions(options: Record<string, unknown>): void {
    const o = options as Partial<SmtpProviderOptions>
    if (!o.host || typeof o.host !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMTP notification provider: host is missing: set SMTP_HOST")
    }
    if (o.port !== undefined && (!Number.isInteger(o.port) || o.port < 1 || o.port > 65535)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `SMTP notification provider: port ${String(o.port)} is not a TCP port (1–65535): check SMTP_PORT`
      )
    }
    if (o.secure !== undefined && typeof o.secure !== "boolean") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "SMTP notification provider: secure must be true or false: convert SMTP_SECURE with === \"true\""
      )
    }
    if (!o.from || typeof o.from !== "string") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "SMTP notification provider: from is missing: set SMTP_FROM to the sender, e.g. \"Haat\" <no-reply@example.in>"
      )
    }
    if (o.auth && Boolean(o.auth.user) !== Boolean(o.auth.pass)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "SMTP notification provider: auth needs both user and pass: set both SMTP_USER and SMTP_PASSWORD, or neither"
      )
    }
    for (const [name, template] of Object.entries(o.templates ?? {})) {
      if (!template || typeof template.subject !== "string" || typeof template.text !== "string") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `SMTP notification provider: template "${name}" needs a subject and a text part`
        )
      }
    }
  }

  constructor({ logger }: Dependencies, options: SmtpProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
    this.port_ = options.port ?? (options.secure ? 465 : 587)
    const timeout = options.connection_timeout_ms ?? 10_000
    this.transporter_ = nodemailer.createTransport({
      host: options.host,
      port: this.port_,
      secure: options.secure ?? false,
      auth: options.auth?.user ? { user: options.auth.user, pass: options.auth.pass } : undefined,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: 3 * timeout,
    })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An email notification needs a recipient (to)")
    }
    const email = this.compose(notification)
    const message: SendMailOptions = {
      from: notification.from?.trim() || this.options_.from,
      to: notification.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      attachments: (notification.attachments ?? []).map((attachment) => ({
        filename: attachment.filename,
        content: attachment.content,
        encoding: "base64",
        contentType: attachment.content_type,
        contentDisposition: attachment.disposition === "inline" ? ("inline" as const) : ("attachment" as const),
        cid: attachment.id,
      })),
    }
    try {
      const info = await this.transporter_.sendMail(message)
      return { id: info.messageId }
    } catch (error) {
      throw this.explain(error as SmtpError, notification)
    }
  }

  protected compose(notification: ProviderSendNotificationDTO): RenderedEmail {
    const content = notification.content
    if (content?.subject && (content.text || content.html)) {
      return { subject: content.subject, text: content.text ?? "", html: content.html ?? "" }
    }
    const templates = this.options_.templates ?? {}
    // An own property only: a template named "constructor" must not find Object.prototype's.
    const template = Object.prototype.hasOwnProperty.call(templates, notification.template)
      ? templates[notification.template]
      : undefined
    if (!template) {
      const known = Object.keys(templates)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `No email template "${notification.template ?? ""}" in the SMTP notification provider's templates option (${
          known.length ? `known: ${known.join(", ")}` : "it has none"
        }); add it there, or send the notification with content { subject, text }`
      )
    }
    return renderTemplate(notification.template, template, notification.data ?? {})
  }

  protected explain(error: SmtpError, notification: ProviderSendNotificationDTO): MedusaError {
    const server = `${this.options_.host}:${this.port_}`
    const reply = error.response ? ` (server said: ${error.response})` : ""
    if (error.code === "EAUTH") {
      return new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        `SMTP server ${server} refused the log-in of ${this.options_.auth?.user ?? "(no user)"}${reply}: check SMTP_USER and SMTP_PASSWORD`
      )
    }
    if (error.code && UNREACHABLE.has(error.code)) {
      return new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Could not reach SMTP server ${server}: ${error.message}; check SMTP_HOST, SMTP_PORT and SMTP_SECURE`
      )
    }
    if (error.code === "EENVELOPE") {
      return new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `SMTP server ${server} refused to send to ${notification.to}${reply}`
      )
    }
    this.logger_.error(`SMTP notification provider: unexpected failure sending to ${notification.to}: ${error.stack ?? error.message}`)
    return new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `SMTP server ${server} did not take the email to ${notification.to}: ${error.message}`
    )
  }
}

export default SmtpNotificationService
