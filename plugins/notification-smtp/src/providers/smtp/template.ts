import { MedusaError } from "@medusajs/framework/utils"
import type { SmtpEmailTemplate } from "./types"

export type RenderedEmail = { subject: string; text: string; html: string }

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c])
}

function lookUp(data: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => {
    if (value !== null && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, key)) {
      return (value as Record<string, unknown>)[key]
    }
    return undefined
  }, data)
}

function fill(
  name: string,
  part: string,
  source: string,
  data: Record<string, unknown>,
  encode: (value: string) => string
): string {
  return source.replace(PLACEHOLDER, (_match, path: string) => {
    const value = lookUp(data, path)
    if (value === undefined || value === null || (typeof value === "object" && !(value instanceof Date))) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Email template "${name}" uses {{ ${path} }} in its ${part}, but the notification's data has no ${
          value === undefined || value === null ? "such value" : "text or number there"
        }`
      )
    }
    return encode(value instanceof Date ? value.toISOString() : String(value))
  })
}

/**
 * Renders a template with the notification's data: the subject on one line, the text as is, the HTML
 * with every value escaped, so data such as a company name can never add markup or links to the mail.
 */
export function renderTemplate(name: string, template: SmtpEmailTemplate, data: Record<string, unknown>): RenderedEmail {
  const subject = fill(name, "subject", template.subject, data, (v) => v.replace(/\s+/g, " ")).trim()
  const text = fill(name, "text", template.text, data, (v) => v)
  const html = template.html
    ? fill(name, "html", template.html, data, escapeHtml)
    : text
        .split(/\n{2,}/)
        .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
        .join("\n")
  return { subject, text, html }
}
