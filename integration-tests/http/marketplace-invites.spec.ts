import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { ParsedMail } from "mailparser"
import {
  LocalSmtpServer,
  startLocalSmtpServer,
} from "../../plugins/notification-smtp/src/providers/smtp/__tests__/local-smtp-server"

jest.setTimeout(180 * 1000)

type Headers = { headers: Record<string, string> }

const PASSWORD = "distributor-password"
const SMTP_USER = "haat-app"
const SMTP_PASSWORD = "smtp-http-secret"
const INVITE_URL = "https://portal.haat.test/invite"
const OWNER = "nirav@shahsweets.example.in"
const STAFF = "kiran@shahsweets.example.in"

let smtp: LocalSmtpServer
const savedEnv: Record<string, string | undefined> = {}
const testEnv = (port: number): Record<string, string> => ({
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(port),
  SMTP_SECURE: "false",
  SMTP_USER,
  SMTP_PASSWORD,
  SMTP_FROM: '"Haat" <no-reply@haat.test>',
  DISTRIBUTOR_INVITE_URL: INVITE_URL,
})

// Registered before the runner's own beforeAll, so the app reads medusa-config.ts with the SMTP server's port.
beforeAll(async () => {
  smtp = await startLocalSmtpServer(SMTP_USER, SMTP_PASSWORD)
  for (const [key, value] of Object.entries(testEnv(smtp.port))) {
    savedEnv[key] = process.env[key]
    process.env[key] = value
  }
})

afterAll(async () => {
  await smtp?.close()
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
})

const within = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms))])

/** The member once the subscriber has recorded the email on it (the email leaves before the record is written). */
type MemberRow = { id: string; distributor_id: string; invite_notification_id: string | null; invite_email_sent_at: Date | null }

type Marketplace = { retrieveDistributorMember: (id: string) => Promise<MemberRow> }

const mailedMember = async (marketplace: Marketplace, id: string) => {
  const deadline = Date.now() + 15000
  for (;;) {
    const member = await marketplace.retrieveDistributorMember(id)
    if (member.invite_email_sent_at || Date.now() > deadline) return member
    await new Promise((r) => setTimeout(r, 200))
  }
}

const acceptLinkOf = (mail: ParsedMail) => {
  const match = /Accept the invite: (\S+)/.exec(mail.text ?? "")
  if (!match) throw new Error(`the invite email has no accept link:\n${mail.text}`)
  return new URL(match[1])
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const authIdentity = async (email: string): Promise<Headers> => {
      const { data } = await api.post("/auth/distributor/emailpass/register", { email, password: PASSWORD })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }
    const login = async (email: string): Promise<Headers> => {
      const { data } = await api.post("/auth/distributor/emailpass", { email, password: PASSWORD })
      return { headers: { authorization: `Bearer ${data.token}` } }
    }

    let owner: Headers

    beforeAll(async () => {
      await api.post(
        "/distributor/register",
        {
          legal_name: "Shah Sweets Private Limited",
          trade_name: "Shah Sweets",
          member_name: "Nirav Shah",
          gstin: "24AAACS1234K1ZN",
          pan: "AAACS1234K",
          addresses: [{ type: "pickup", address_1: "Shed 4, GIDC Vatva", city: "Ahmedabad", state: "Gujarat", postal_code: "382445" }],
        },
        await authIdentity(OWNER)
      )
      owner = await login(OWNER)
    })

    it("mails the invite over SMTP; its link's token accepts the invite and the new member logs in", async () => {
      const arrived = smtp.next()
      const { data: invite } = await api.post("/distributor/members/invite", { email: STAFF, name: "Kiran Desai" }, owner)
      const mail = await within(arrived, 30000, "invite email")

      const { envelope } = smtp.received[smtp.received.length - 1]
      expect(envelope.to).toEqual([STAFF])
      expect(mail.from?.value[0]).toEqual({ address: "no-reply@haat.test", name: "Haat" })
      expect(mail.subject).toBe("Nirav Shah invited you to Shah Sweets on Haat")
      expect(mail.text).toContain("Hello Kiran Desai,")
      const link = acceptLinkOf(mail)
      expect(`${link.origin}${link.pathname}`).toBe(INVITE_URL)
      const token = link.searchParams.get("token")!
      expect(token).toBe(invite.invite_token)
      expect(mail.html).toContain(`<a href="${INVITE_URL}?token=${token}">Accept the invite</a>`)

      // The invite records the notification that mailed it.
      const marketplace = getContainer().resolve<Marketplace>("marketplace")
      const member = await mailedMember(marketplace, invite.member.id)
      expect(member.invite_email_sent_at).toBeTruthy()
      const notification = await getContainer().resolve(Modules.NOTIFICATION).retrieveNotification(member.invite_notification_id!)
      expect(notification).toMatchObject({ to: STAFF, channel: "email", template: "distributor-invite", status: "success", provider_id: "smtp" })
      expect(notification.external_id).toBe(mail.messageId)

      const identity = await authIdentity(STAFF)
      const { data: accepted } = await api.post("/distributor/invites/accept", { token }, identity)
      expect(accepted.member).toMatchObject({ email: STAFF, role: "staff", status: "active" })
      const { data: me } = await api.get("/distributor/me", await login(STAFF))
      expect(me.distributor.trade_name).toBe("Shah Sweets")
      expect(me.member).toMatchObject({ email: STAFF, name: "Kiran Desai", role: "staff", status: "active" })
    })

    it("sends no second email when the invite event is delivered again", async () => {
      const first = smtp.next()
      const { data: invite } = await api.post("/distributor/members/invite", { email: STAFF }, owner)
      await within(first, 30000, "invite email")
      const mailed = smtp.received.length
      const container = getContainer()
      const before = await mailedMember(container.resolve<Marketplace>("marketplace"), invite.member.id)
      expect(before.invite_notification_id).toMatch(/^noti_/)

      await container.resolve(Modules.EVENT_BUS).emit({
        name: "distributor.member_invited",
        data: { id: invite.member.id, distributor_id: before.distributor_id, email: STAFF, token: invite.invite_token, expires_at: invite.expires_at },
      })
      // A second invite's email arriving shows the replayed event has been handled before it.
      const next = smtp.next()
      const { data: second } = await api.post("/distributor/members/invite", { email: "meera@shahsweets.example.in" }, owner)
      expect((await within(next, 30000, "second invite email")).to).toMatchObject({ value: [{ address: "meera@shahsweets.example.in", name: "" }] })

      expect(smtp.received.length).toBe(mailed + 1)
      expect(smtp.received.slice(mailed).map((r) => r.envelope.to)).toEqual([["meera@shahsweets.example.in"]])
      expect((await mailedMember(container.resolve<Marketplace>("marketplace"), second.member.id)).invite_notification_id).toMatch(/^noti_/)
      const after = await container.resolve<Marketplace>("marketplace").retrieveDistributorMember(invite.member.id)
      expect(after.invite_notification_id).toBe(before.invite_notification_id)
      expect(after.invite_email_sent_at).toEqual(before.invite_email_sent_at)
      const sent = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: STAFF })
      expect(sent).toHaveLength(1)
    })

    it("mails an invite whose first send failed when the event is delivered again", async () => {
      smtp.refuseNext(1)
      const before = smtp.received.length
      const { data: invite } = await api.post("/distributor/members/invite", { email: STAFF }, owner)
      const container = getContainer()
      const notifications = container.resolve(Modules.NOTIFICATION)
      const deadline = Date.now() + 15000
      let failed = await notifications.listNotifications({ to: STAFF })
      while (!failed.some((n) => n.status === "failure") && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200))
        failed = await notifications.listNotifications({ to: STAFF })
      }
      expect(failed.map((n) => n.status)).toEqual(["failure"])
      expect(smtp.received.length).toBe(before)
      const member = await container.resolve<Marketplace>("marketplace").retrieveDistributorMember(invite.member.id)
      expect(member.invite_email_sent_at).toBeNull()

      const arrived = smtp.next()
      await container.resolve(Modules.EVENT_BUS).emit({
        name: "distributor.member_invited",
        data: { id: invite.member.id, distributor_id: member.distributor_id, email: STAFF, token: invite.invite_token, expires_at: invite.expires_at },
      })
      const mail = await within(arrived, 30000, "invite email on the second delivery")
      expect(acceptLinkOf(mail).searchParams.get("token")).toBe(invite.invite_token)
      const mailed = await mailedMember(container.resolve<Marketplace>("marketplace"), invite.member.id)
      const attempts = await notifications.listNotifications({ to: STAFF }, { order: { created_at: "ASC" } })
      expect(attempts.map((n) => [n.status, n.original_notification_id])).toEqual([["failure", null], ["success", failed[0].id]])
      expect(mailed.invite_notification_id).toBe(attempts[1].id)
      expect(smtp.received.length).toBe(before + 1)
    })
  },
})
