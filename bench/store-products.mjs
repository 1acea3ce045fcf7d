// Store product listing: GET /store/products?limit=20 with the publishable key, under autocannon
// (10 connections), for Haat and for plain Medusa in the same run.
import { parseArgs } from "node:util"
import autocannon from "autocannon"
import { log, printComparison, summarise, withAppPair } from "./lib/harness.mjs"

function load({ url, headers, connections, durationSec }) {
  return new Promise((resolve, reject) => {
    const latencies = []
    const instance = autocannon({ url, headers, connections, duration: durationSec }, (err, result) => {
      if (err) {
        reject(err)
      } else {
        resolve({ result, latencies })
      }
    })
    instance.on("response", (_client, statusCode, _bytes, responseTimeMs) => {
      if (statusCode === 200) {
        latencies.push(responseTimeMs)
      }
    })
  })
}

export default async function storeProducts(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: "string", default: "15" },
      warmup: { type: "string", default: "5" },
      connections: { type: "string", default: "10" },
    },
  })
  const durationSec = Number(values.duration)
  const warmupSec = Number(values.warmup)
  const connections = Number(values.connections)

  const results = await withAppPair(async (apps) => {
    const out = {}
    // Warm both first (JIT, connection pools, caches), then measure one after the other.
    for (const [name, app] of Object.entries(apps)) {
      const target = {
        url: `${app.base}/store/products?limit=20`,
        headers: { "x-publishable-api-key": app.seed.publishable_key },
        connections,
      }
      const probe = await fetch(target.url, { headers: target.headers })
      const body = await probe.json()
      if (probe.status !== 200 || body.products?.length !== 20) {
        throw new Error(`${app.label}: GET /store/products answered ${probe.status} with ${body.products?.length} products`)
      }
      log(`${app.label}: warm-up ${warmupSec} s`)
      await load({ ...target, durationSec: warmupSec })
      out[name] = target
    }
    for (const [name, target] of Object.entries(out)) {
      log(`${apps[name].label}: measuring ${durationSec} s with ${connections} connections`)
      const { result, latencies } = await load({ ...target, durationSec })
      const failed = result.non2xx + result.errors + result.timeouts
      if (failed) {
        throw new Error(`${apps[name].label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
      }
      out[name] = summarise(latencies, result.duration * 1000, result.requests.total)
    }
    return out
  })
  printComparison(
    `GET /store/products?limit=20 — ${connections} connections, ${durationSec} s after a ${warmupSec} s warm-up`,
    "requests",
    results
  )
  return results
}
