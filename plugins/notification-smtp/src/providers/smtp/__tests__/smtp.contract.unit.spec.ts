import net from "node:net"
import type { Logger } from "@medusajs/framework/types"
import SmtpNotificationService from "../service"
import { escapeHtml, renderTemplate } from "../template"
import type { SmtpProviderOptions } from "../types"
import { LocalSmtpServer, startLocalSmtpServer } from "./local-smtp-server"

const USER = "haat-mailer"
const PASS = "contract-secret"
const FROM = '"Haat Marketplace" <no-reply@haat.test>'

const logged: string[] = []
const logger = {
  error: (message: string) => logged.push(message),
  info: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
} as unknown as Logger

const invite = {
  subject: "{{ distributor.name }} invites you to Haat",
  text: "Hello {{ name }},\n\n{{ distributor.name }} invited you. Accept: {{ accept_url }}\n\nToken: {{ token }}",
  html: "<p>Hello {{ name }},</p><p><b>{{ distributor.name }}</b> invited you. <a href=\"{{ accept_url }}\">Accept</a></p><p>Token: <code>{{ token }}</code></p>",
}

function provider(options: Partial<SmtpProviderOptions> & { port: number }) {
  const full: SmtpProviderOptions = {
    host: "127.0.0.1",
    secure: false,
    auth: { user: USER, pass: PASS },
    from: FROM,
    templates: { "distributor-invite": invite, "plain-only": { subject: "Hi {{ name }}", text: "Line 1 <b>\nLine 2\n\nNext & last" } },
    connection_timeout_ms: 3000,
    ...options,
  }
  SmtpNotificationService.validateOptions(full as unknown as Record<string, unknown>)
  return new SmtpNotificationService({ logger }, full)
}

const inviteData = {
  name: "Asha <Patel>",
  distributor: { name: "Shah & Sons \"Sweets\"" },
  accept_url: "https://portal.haat.test/invite?token=tok_abc123",
  token: "tok_abc123",
}

describe("renderTemplate", () => {
  it("escapes every value in the HTML part and leaves the text part as written", () => {
    const email = renderTemplate("distributor-invite", invite, inviteData)
    expect(email.subject).toBe('Shah & Sons "Sweets" invites you to Haat')
    expect(email.text).toContain("Hello Asha <Patel>,")
    expect(email.html).toContain("<p>Hello Asha &lt;Patel&gt;,</p>")
    expect(email.html).toContain("<b>Shah &amp; Sons &quot;Sweets&quot;</b>")
    expect(email.html).toContain('href="https://portal.haat.test/invite?token=tok_abc123"')
  })

  it("cannot be made to inject markup or an attribute through data", () => {
    const email = renderTemplate("distributor-invite", invite, {
      ...inviteData,
      accept_url: '"><script>alert(1)</script>',
    })
    expect(email.html).not.toContain("<script>")
    expect(email.html).toContain("&quot;&gt;&lt;script&gt;")
  })

  it("keeps the subject on one line", () => {
    const email = renderTemplate("t", { subject: "Re: {{ x }}", text: "-" }, { x: "a\r\nBcc: victim@example.com" })
    expect(email.subject).toBe("Re: a Bcc: victim@example.com")
  })

  it("builds the HTML part from the text when the template has none", () => {
    const email = renderTemplate("plain-only", { subject: "s", text: "Line 1 <b>\nLine 2\n\nNext & last" }, {})
    expect(email.html).toBe("<p>Line 1 &lt;b&gt;<br>Line 2</p>\n<p>Next &amp; last</p>")
  })

  it.each<[string, Record<string, unknown>, RegExp]>([
    ["a missing value", { name: "A", distributor: { name: "D" }, accept_url: "u" }, /uses \{\{ token \}\} in its text, but the notification's data has no such value/],
    ["a missing nested value", { ...inviteData, distributor: {} }, /uses \{\{ distributor.name \}\} in its subject/],
    ["an object where text belongs", { ...inviteData, token: { a: 1 } }, /has no text or number there/],
  ])("refuses %s", (_label, data, message) => {
    expect(() => renderTemplate("distributor-invite", invite, data)).toThrow(message)
  })

  it.each([
    ["<", "&lt;"],
    [">", "&gt;"],
    ["&", "&amp;"],
    ['"', "&quot;"],
    ["'", "&#39;"],
    ["₹1,250", "₹1,250"],
  ])("escapeHtml(%s) is %s", (input, output) => {
    expect(escapeHtml(input)).toBe(output)
  })
})

describe("SmtpNotificationService.validateOptions", () => {
  const valid = { host: "smtp.example.in", port: 587, secure: false, auth: { user: "u", pass: "p" }, from: "no-reply@example.in" }

  it("accepts a complete configuration and one without log-in", () => {
    expect(() => SmtpNotificationService.validateOptions(valid)).not.toThrow()
    expect(() => SmtpNotificationService.validateOptions({ host: "relay", from: "a@b.in" })).not.toThrow()
  })

  it.each<[string, Record<string, unknown>, RegExp]>([
    ["no host", { host: undefined }, /host is missing: set SMTP_HOST/],
    ["a port out of range", { port: 70000 }, /port 70000 is not a TCP port/],
    ["a port that is text", { port: "587" }, /port 587 is not a TCP port/],
    ["secure as text", { secure: "true" }, /secure must be true or false/],
    ["no sender", { from: "" }, /from is missing: set SMTP_FROM/],
    ["a user without a password", { auth: { user: "u" } }, /set both SMTP_USER and SMTP_PASSWORD/],
    ["a template without text", { templates: { x: { subject: "s" } } }, /template "x" needs a subject and a text part/],
  ])("rejects %s", (_label, override, message) => {
    expect(() => SmtpNotificationService.validateOptions({ ...valid, ...override })).toThrow(message)
  })
})

describe("SmtpNotificationService against a real SMTP server on 127.0.0.1 (contract)", () => {
  let server: LocalSmtpServer

  beforeAll(async () => {
    server = await startLocalSmtpServer(USER, PASS)
  })

  afterAll(async () => {
    await server?.close()
  })

  it("logs in and delivers the rendered template: sender, recipient, subject, text and escaped HTML", async () => {
    const arrived = server.next()
    const result = await provider({ port: server.port }).send({
      to: "asha@example.in",
      channel: "email",
      template: "distributor-invite",
      data: inviteData,
    })
    const mail = await arrived
    const { envelope } = server.received[server.received.length - 1]

    expect(envelope).toEqual({ from: "no-reply@haat.test", to: ["asha@example.in"] })
    expect(mail.from?.value).toEqual([{ address: "no-reply@haat.test", name: "Haat Marketplace" }])
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([{ address: "asha@example.in", name: "" }])
    expect(mail.subject).toBe('Shah & Sons "Sweets" invites you to Haat')
    expect(mail.text).toContain("Accept: https://portal.haat.test/invite?token=tok_abc123")
    expect(mail.text).toContain("Hello Asha <Patel>,")
    expect(mail.html).toContain("<b>Shah &amp; Sons &quot;Sweets&quot;</b>")
    expect(mail.html).toContain("<code>tok_abc123</code>")
    expect(mail.messageId).toBe(result.id)
  })

  it("sends the notification's own content and sender when it carries them, with attachments", async () => {
    const arrived = server.next()
    await provider({ port: server.port }).send({
      to: "accounts@shah.in",
      from: "settlements@haat.test",
      channel: "email",
      template: "not-in-the-options",
      content: { subject: "Statement for October", text: "Attached.", html: "<p>Attached.</p>" },
      attachments: [
        { filename: "statement.csv", content: Buffer.from("line,amount\n1,100.00\n").toString("base64"), content_type: "text/csv" },
      ],
    })
    const mail = await arrived
    expect(mail.from?.value[0].address).toBe("settlements@haat.test")
    expect(mail.subject).toBe("Statement for October")
    expect(mail.text?.trim()).toBe("Attached.")
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([
      ["statement.csv", "text/csv", "line,amount\n1,100.00\n"],
    ])
  })

  it("refuses an unknown template by name, listing the known ones, and sends nothing", async () => {
    const before = server.received.length
    await expect(
      provider({ port: server.port }).send({ to: "a@example.in", channel: "email", template: "order-shipped", data: {} })
    ).rejects.toThrow('No email template "order-shipped" in the SMTP notification provider\'s templates option (known: distributor-invite, plain-only)')
    await expect(
      provider({ port: server.port }).send({ to: "a@example.in", channel: "email", template: "constructor", data: {} })
    ).rejects.toThrow('No email template "constructor"')
    expect(server.received.length).toBe(before)
  })

  it("explains a refused log-in", async () => {
    const before = server.received.length
    await expect(
      provider({ port: server.port, auth: { user: USER, pass: "wrong-password" } }).send({
        to: "a@example.in",
        channel: "email",
        template: "plain-only",
        data: { name: "A" },
      })
    ).rejects.toThrow(
      new RegExp(`SMTP server 127.0.0.1:${server.port} refused the log-in of haat-mailer \\(server said: 535 Invalid username or password\\): check SMTP_USER and SMTP_PASSWORD`)
    )
    expect(server.received.length).toBe(before)
  })

  it("explains a server that is not there", async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo
        probe.close(() => resolve(port))
      })
    })
    await expect(
      provider({ port: closedPort }).send({ to: "a@example.in", channel: "email", template: "plain-only", data: { name: "A" } })
    ).rejects.toThrow(
      new RegExp(`Could not reach SMTP server 127.0.0.1:${closedPort}: .*ECONNREFUSED.*; check SMTP_HOST, SMTP_PORT and SMTP_SECURE`)
    )
  })
})
