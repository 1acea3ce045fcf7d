import type { AddressInfo } from "node:net"
import { simpleParser, type ParsedMail } from "mailparser"
import { SMTPServer } from "smtp-server"

export type LocalSmtpServer = {
  port: number
  /** Every message the server accepted, parsed, with the envelope it came in. */
  received: { envelope: { from: string; to: string[] }; mail: ParsedMail }[]
  /** Resolves with the next message the server accepts. */
  next: () => Promise<ParsedMail>
  /** The next `count` messages are refused with a temporary error (451), as a mail server in trouble does. */
  refuseNext: (count: number) => void
  close: () => Promise<void>
}

/**
 * A real SMTP server (the smtp-server package) on 127.0.0.1 and a random port, requiring AUTH PLAIN/LOGIN
 * with the given user and password, that parses each accepted message with mailparser.
 */
export async function startLocalSmtpServer(user: string, pass: string): Promise<LocalSmtpServer> {
  const received: LocalSmtpServer["received"] = []
  const waiting: ((mail: ParsedMail) => void)[] = []
  let refusals = 0
  const server = new SMTPServer({
    // Plain connection on a loopback port: no certificate to trust, and log-in allowed without TLS.
    secure: false,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === pass) {
        callback(null, { user: auth.username })
      } else {
        callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }))
      }
    },
    onData(stream, session, callback) {
      if (refusals > 0) {
        refusals -= 1
        stream.resume()
        stream.on("end", () => callback(Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 })))
        return
      }
      simpleParser(stream)
        .then((mail) => {
          received.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
            },
            mail,
          })
          waiting.splice(0).forEach((resolve) => resolve(mail))
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    port,
    received,
    next: () => new Promise((resolve) => waiting.push(resolve)),
    refuseNext: (count) => {
      refusals = count
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
