// Checkout: N complete guest checkouts over the Store API (cart, item, addresses, shipping, payment
// collection + cash-on-delivery session, complete), a bounded number at a time, for Haat and for
// plain Medusa in the same run. Each checkout's latency is the time from creating its cart to its order.
import { parseArgs } from "node:util"
import { log, printComparison, summarise, withAppPair } from "./lib/harness.mjs"

const ADDRESS = {
  first_name: "Priya",
  last_name: "Shah",
  address_1: "12 Law Garden Road",
  city: "Ahmedabad",
  province: "in-gj",
  postal_code: "380006",
  country_code: "in",
  phone: "+919825000001",
}

function client(app) {
  const headers = { "content-type": "application/json", "x-publishable-api-key": app.seed.publishable_key }
  return async (method, pathname, body) => {
    const res = await fetch(`${app.base}${pathname}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
    const data = await res.json()
    if (!res.ok) {
      throw new Error(`${method} ${pathname} → ${res.status}: ${data.message ?? JSON.stringify(data)}`)
    }
    return data
  }
}

async function checkout(call, { regionId, variantId, shippingOptionId, email }) {
  const { cart } = await call("POST", "/store/carts", { region_id: regionId, email })
  await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 })
  await call("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS, billing_address: ADDRESS })
  await call("POST", `/store/carts/${cart.id}/shipping-methods`, { option_id: shippingOptionId })
  const { payment_collection } = await call("POST", "/store/payment-collections", { cart_id: cart.id })
  await call("POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
  const completed = await call("POST", `/store/carts/${cart.id}/complete`, {})
  if (completed.type !== "order") {
    throw new Error(`cart ${cart.id} did not become an order: ${JSON.stringify(completed.error ?? completed)}`)
  }
  return completed.order.id
}

/** What a checkout needs from the seeded store: the India region, some variants, a delivery option. */
async function prepare(app) {
  const call = client(app)
  const regionId = app.seed.region_ids.India
  const { products } = await call("GET", "/store/products?limit=10&fields=id,variants.id")
  const variantIds = products.flatMap((p) => p.variants.map((v) => v.id)).slice(0, 10)
  const { cart } = await call("POST", "/store/carts", { region_id: regionId })
  await call("POST", `/store/carts/${cart.id}/line-items`, { variant_id: variantIds[0], quantity: 1 })
  await call("POST", `/store/carts/${cart.id}`, { shipping_address: ADDRESS })
  const { shipping_options } = await call("GET", `/store/shipping-options?cart_id=${cart.id}`)
  const standard = shipping_options.find((o) => o.name.startsWith("Standard"))
  if (!standard) {
    throw new Error(`${app.label}: no Standard delivery option for an Ahmedabad address`)
  }
  return { call, regionId, variantIds, shippingOptionId: standard.id }
}

/** Runs `count` checkouts, `concurrency` at a time; returns each one's latency and the wall time. */
async function runCheckouts(ctx, { count, concurrency, tag }) {
  const latencies = []
  let next = 0
  const started = performance.now()
  const lane = async () => {
    while (next < count) {
      const i = next++
      const t0 = performance.now()
      await checkout(ctx.call, {
        ...ctx,
        variantId: ctx.variantIds[i % ctx.variantIds.length],
        email: `bench-${tag}-${i}@example.in`,
      })
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane))
  return { latencies, wallMs: performance.now() - started }
}

export default async function checkoutBench(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      checkouts: { type: "string", default: "60" },
      concurrency: { type: "string", default: "4" },
      warmup: { type: "string", default: "8" },
    },
  })
  const count = Number(values.checkouts)
  const concurrency = Number(values.concurrency)
  const warmup = Number(values.warmup)

  const results = await withAppPair(async (apps) => {
    const contexts = {}
    for (const [name, app] of Object.entries(apps)) {
      contexts[name] = await prepare(app)
      log(`${app.label}: ${warmup} warm-up checkouts`)
      await runCheckouts(contexts[name], { count: warmup, concurrency, tag: `warm-${name}` })
    }
    const out = {}
    for (const [name, app] of Object.entries(apps)) {
      log(`${app.label}: ${count} checkouts, ${concurrency} at a time`)
      const { latencies, wallMs } = await runCheckouts(contexts[name], { count, concurrency, tag: name })
      out[name] = summarise(latencies, wallMs, latencies.length)
    }
    return out
  })
  printComparison(
    `Guest checkout, cart to order (7 Store API calls each) — ${count} checkouts, ${concurrency} concurrent, after ${warmup} warm-up`,
    "checkouts",
    results
  )
  return results
}
