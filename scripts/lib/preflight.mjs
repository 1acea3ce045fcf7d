// Checks the configuration before anything starts, so a mistake costs one clear line, not a stack trace.
import net from "node:net"

export class ConfigError extends Error {}

/** REDIS_URL must be a redis:// or rediss:// URL with a host. Returns the parsed URL or null when unset. */
export function parseRedisUrl(value) {
  if (!value) {
    return null
  }
  let url
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`REDIS_URL "${value}" is not a URL: use redis://host:6379 (or unset it for in-process defaults)`)
  }
  if (!["redis:", "rediss:"].includes(url.protocol) || !url.hostname) {
    throw new ConfigError(`REDIS_URL "${value}" must start with redis:// or rediss:// and name a host, e.g. redis://127.0.0.1:6379`)
  }
  return url
}

/** DATABASE_URL must be a postgres:// URL naming a host and a database. */
export function parseDatabaseUrl(value) {
  let url
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(`DATABASE_URL "${value}" is not a URL: use postgres://user:password@host:5432/database`)
  }
  if (!["postgres:", "postgresql:"].includes(url.protocol) || !url.pathname.slice(1)) {
    throw new ConfigError(`DATABASE_URL "${value}" must look like postgres://user:password@host:5432/database`)
  }
  return url
}

export const WORKER_MODES = ["shared", "server", "worker"]

/** Everything that can be checked without a network. */
export function checkEnvironment(env) {
  const production = ["production", "prod"].includes(env.NODE_ENV ?? "")
  if (production && (!env.JWT_SECRET || !env.COOKIE_SECRET)) {
    throw new ConfigError(
      "NODE_ENV=production needs JWT_SECRET and COOKIE_SECRET: set each to a long random string (openssl rand -hex 32)"
    )
  }
  if (env.MEDUSA_WORKER_MODE && !WORKER_MODES.includes(env.MEDUSA_WORKER_MODE)) {
    throw new ConfigError(`MEDUSA_WORKER_MODE "${env.MEDUSA_WORKER_MODE}" must be one of ${WORKER_MODES.join(", ")}`)
  }
  if (env.PORT && !/^\d{1,5}$/.test(env.PORT)) {
    throw new ConfigError(`PORT "${env.PORT}" must be a port number, e.g. 9000`)
  }
  if (env.DATABASE_URL) {
    parseDatabaseUrl(env.DATABASE_URL)
  }
  parseRedisUrl(env.REDIS_URL)
  if (Boolean(env.RAZORPAY_KEY_ID) !== Boolean(env.RAZORPAY_KEY_SECRET)) {
    throw new ConfigError("Razorpay needs both RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET (or neither, to leave it off)")
  }
}

/**
 * Resolves when a TCP connection to host:port opens; a ConfigError naming `what` and, when given,
 * the `fix` otherwise.
 */
export function checkReachable(host, port, what, timeoutMs = 5000, fix = "") {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port: Number(port) })
    const fail = (reason) => {
      socket.destroy()
      reject(new ConfigError(`${what} is unreachable at ${host}:${port} (${reason})${fix ? `: ${fix}` : ""}`))
    }
    socket.setTimeout(timeoutMs, () => fail("timed out"))
    socket.once("error", (e) => fail(e.code ?? e.message))
    socket.once("connect", () => {
      socket.end()
      resolve()
    })
  })
}
