import { seedHsnMaster } from "@haat/gst/workflows"
import { computeGstinCheckChar, validateGstin } from "@haat/india"
import type { ExecArgs, IAuthModuleService, IStoreModuleService, Logger, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUsersWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
  updateTaxRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATALOGUE, CATEGORIES, netQuantityOf, priceFor } from "./catalogue"

/**
 * Indian demo data, safe to run again: each part looks for what it would create and skips it when present.
 * `npm run seed` runs it; `npm start` runs it once on a database that has never been seeded; the http
 * test suites run it in their beforeAll, so every test starts from the same store a user sees.
 */
const SEED_VERSION = "1"
const SALES_CHANNEL = "Haat Storefront"
const LOCATION = "Ahmedabad Warehouse"
const EXPORT_COUNTRIES = ["us", "gb", "de", "fr", "ae", "sg", "au", "ca"]
const GST_MODULE = "gst"
const GST_TAX_PROVIDER = "tp_gst_gst"
// A made-up PAN of a company (4th letter C) named H…; the GSTIN's check character is computed from it.
const DEMO_GSTIN_BODY = "24AAHCH4821K1Z"

export type Container = ExecArgs["container"]
type Query = Omit<RemoteQueryFunction, symbol>

async function one<T>(query: Query, entity: string, filters: Record<string, unknown>, fields = ["id"]): Promise<T | undefined> {
  const { data } = await query.graph({ entity, fields, filters })
  return data[0] as T | undefined
}

async function seedSalesChannel(container: Container, query: Query) {
  const existing = await one<{ id: string }>(query, "sales_channel", { name: SALES_CHANNEL })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL, description: "The Haat web storefront" }] },
  })
  return result[0].id
}

/** A publishable key for the storefront, and Medusa's own default key, both scoped to our channel. */
async function seedPublishableKey(container: Container, query: Query, salesChannelId: string) {
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "title", "sales_channels.id"],
    filters: { type: "publishable", revoked_at: null },
  })
  type KeyRow = { id: string; token: string; title: string; sales_channels?: ({ id: string } | null)[] | null }
  const rows = keys as KeyRow[]
  let key = rows.find((k) => k.title === SALES_CHANNEL)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: SALES_CHANNEL, type: "publishable", created_by: "haat-seed" }] },
    })
    key = { id: result[0].id, token: result[0].token, title: result[0].title, sales_channels: [] }
  }
  for (const k of [key, ...rows.filter((k) => k.title !== SALES_CHANNEL)]) {
    if (!(k.sales_channels ?? []).some((sc) => sc?.id === salesChannelId)) {
      await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: k.id, add: [salesChannelId] } })
    }
  }
  return key.token
}

async function seedRegions(container: Container, query: Query) {
  const regions: Record<string, string> = {}
  const wanted = [
    // MRP in India includes GST (Legal Metrology (Packaged Commodities) Rules, 2011, r.6): prices are tax-inclusive.
    { name: "India", currency_code: "inr", countries: ["in"], is_tax_inclusive: true },
    { name: "International", currency_code: "usd", countries: EXPORT_COUNTRIES.filter((c) => !["de", "fr"].includes(c)), is_tax_inclusive: false },
    { name: "Europe", currency_code: "eur", countries: ["de", "fr"], is_tax_inclusive: false },
  ]
  for (const region of wanted) {
    const existing = await one<{ id: string }>(query, "region", { name: region.name })
    if (existing) {
      regions[region.name] = existing.id
      continue
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: region.name,
            currency_code: region.currency_code,
            countries: region.countries,
            payment_providers: ["pp_system_default"],
            automatic_taxes: true,
            is_tax_inclusive: region.is_tax_inclusive,
          },
        ],
      },
    })
    regions[region.name] = result[0].id
  }
  return regions
}

/** GST through @haat/gst's tax provider when the plugin is loaded (exports included: zero-rated), else Medusa's system rates. */
async function seedTaxRegions(container: Container, query: Query) {
  const gst = await one(query, "tax_provider", { id: GST_TAX_PROVIDER, is_enabled: true })
  const provider_id = gst ? GST_TAX_PROVIDER : "tp_system"
  const { data } = await query.graph({ entity: "tax_region", fields: ["id", "country_code", "provider_id"], filters: { parent_id: null } })
  const existing = data as { id: string; country_code: string; provider_id: string | null }[]
  if (!existing.some((r) => r.country_code === "in")) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        { country_code: "in", provider_id, default_tax_rate: { name: "GST", code: "GST", rate: 5 } },
        ...EXPORT_COUNTRIES.map((country_code) => ({ country_code, provider_id })),
      ],
    })
    return
  }
  // A store seeded with the plugin on (or off) keeps working when it is switched: the regions follow.
  const stale = existing.filter((r) => ["in", ...EXPORT_COUNTRIES].includes(r.country_code) && r.provider_id !== provider_id)
  if (stale.length) {
    await updateTaxRegionsWorkflow(container).run({ input: stale.map((r) => ({ id: r.id, provider_id })) })
  }
}

async function seedStore(container: Container, salesChannelId: string, regionId: string, locationId: string) {
  const storeModule: IStoreModuleService = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Haat",
        supported_currencies: [
          { currency_code: "inr", is_default: true, is_tax_inclusive: true },
          { currency_code: "usd" },
          { currency_code: "eur" },
        ],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
        default_location_id: locationId,
      },
    },
  })
  return store.id
}

async function seedShipping(container: Container, query: Query, salesChannelId: string, regions: Record<string, string>) {
  const existing = await one<{ id: string }>(query, "stock_location", { name: LOCATION })
  if (existing) {
    return existing.id
  }
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: LOCATION,
          address: {
            address_1: "Plot 14, GIDC Estate, Naroda",
            city: "Ahmedabad",
            province: "in-gj",
            postal_code: "382330",
            country_code: "in",
          },
        },
      ],
    },
  })
  const location = locations[0]
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })

  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let profile = (await fulfillment.listShippingProfiles({ type: "default" }))[0]
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    profile = result[0]
  }
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `${LOCATION} delivery`,
    type: "shipping",
    service_zones: [
      { name: "India", geo_zones: [{ country_code: "in", type: "country" }] },
      { name: "Export", geo_zones: EXPORT_COUNTRIES.map((country_code) => ({ country_code, type: "country" as const })) },
    ],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  const [india, exportZone] = fulfillmentSet.service_zones
  const rules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard delivery (3-5 days)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: india.id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "Delivered in 3-5 working days", code: "standard" },
        prices: [{ currency_code: "inr", amount: 60 }, { region_id: regions.India, amount: 60 }],
        rules,
      },
      {
        name: "Express delivery (1-2 days)",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: india.id,
        shipping_profile_id: profile.id,
        type: { label: "Express", description: "Delivered in 1-2 working days", code: "express" },
        prices: [{ currency_code: "inr", amount: 150 }, { region_id: regions.India, amount: 150 }],
        rules,
      },
      {
        name: "International courier",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: exportZone.id,
        shipping_profile_id: profile.id,
        type: { label: "International", description: "Tracked courier, 7-12 days", code: "international" },
        prices: [
          { currency_code: "usd", amount: 25 },
          { currency_code: "eur", amount: 23 },
        ],
        rules,
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  return location.id
}

async function seedCatalogue(container: Container, query: Query, salesChannelId: string, locationId: string, logger: Logger) {
  const { data: categories } = await query.graph({ entity: "product_category", fields: ["id", "handle"] })
  const categoryIds: Record<string, string> = Object.fromEntries(categories.map((c) => [c.handle, c.id]))
  const missingCategories = CATEGORIES.filter((c) => !categoryIds[c.handle])
  if (missingCategories.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingCategories.map((c) => ({ ...c, is_active: true })) },
    })
    result.forEach((c) => (categoryIds[c.handle] = c.id))
  }

  const handle = (title: string) =>
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/(^-|-$)/g, "")
  const { data: existing } = await query.graph({ entity: "product", fields: ["handle"] })
  const have = new Set(existing.map((p) => p.handle))
  const toCreate = CATALOGUE.filter((item) => !have.has(handle(item.title)))
  if (!toCreate.length) {
    return
  }
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  await createProductsWorkflow(container).run({
    input: {
      products: toCreate.map((item) => ({
        title: item.title,
        handle: handle(item.title),
        description: item.description,
        status: ProductStatus.PUBLISHED,
        category_ids: [categoryIds[item.category]],
        shipping_profile_id: profile.id,
        metadata: { hsn_code: item.hsn_code },
        options: [{ title: "Size", values: item.sizes }],
        sales_channels: [{ id: salesChannelId }],
        variants: item.sizes.map((size) => {
          const inr = priceFor(item, size)
          return {
            title: size,
            sku: `${handle(item.title)}-${handle(size)}`.toUpperCase(),
            options: { Size: size },
            manage_inventory: true,
            metadata: { hsn_code: item.hsn_code, ...(netQuantityOf(item, size) ? { net_quantity: netQuantityOf(item, size) } : {}) },
            // Export prices: whole dollars/euros at roughly ₹85 and ₹95.
            prices: [
              { currency_code: "inr", amount: inr },
              { currency_code: "usd", amount: Math.max(2, Math.floor(inr / 85) + 1) },
              { currency_code: "eur", amount: Math.max(2, Math.floor(inr / 95) + 1) },
            ],
          }
        }),
      })),
    },
  })
  const skus = toCreate.flatMap((item) => item.sizes.map((size) => `${handle(item.title)}-${handle(size)}`.toUpperCase()))
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id"], filters: { sku: skus } })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({ inventory_item_id: item.id, location_id: locationId, stocked_quantity: 500 })),
    },
  })
  logger.info(`seeded ${toCreate.length} products in ${CATEGORIES.length} categories`)
}

type WorkflowEngine = { run: (workflowId: string, options: { input: unknown }) => Promise<{ result: unknown }> }

/**
 * The operator's GST registration (HAAT_GSTIN, else a demo GSTIN in Gujarat), linked to the Ahmedabad warehouse.
 * Only when @haat/gst is loaded.
 */
async function seedGst(container: Container, query: Query, locationId: string) {
  if (!container.hasRegistration(GST_MODULE) || (await one(query, "gst_registration", {}))) {
    return
  }
  const gstin = process.env.HAAT_GSTIN || `${DEMO_GSTIN_BODY}${computeGstinCheckChar(DEMO_GSTIN_BODY)}`
  const check = validateGstin(gstin)
  if (!check.valid) {
    throw new Error(`HAAT_GSTIN "${gstin}" is not a valid GSTIN: ${check.reason}`)
  }
  const engine: WorkflowEngine = container.resolve(Modules.WORKFLOW_ENGINE)
  const { result } = await engine.run("create-gst-registration", {
    input: {
      gstin: check.gstin,
      legal_name: process.env.HAAT_LEGAL_NAME || "Haat Foods Private Limited",
      state_code: check.state.code,
      address_line_1: process.env.HAAT_ADDRESS_LINE_1 || "Plot 14, GIDC Estate, Naroda",
      city: process.env.HAAT_CITY || "Ahmedabad",
      postal_code: process.env.HAAT_POSTAL_CODE || "382330",
      is_default: true,
    },
  })
  const registration = result as { id: string; state_code: string }
  // The warehouse is in Gujarat (24): goods shipped from it are supplied under a Gujarat GSTIN.
  if (registration.state_code === "24") {
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [GST_MODULE]: { gst_registration_id: registration.id },
    })
  }
}

async function seedAdmin(container: Container, query: Query, email: string, password: string) {
  if (await one(query, "user", { email })) {
    return
  }
  const { result: users } = await createUsersWorkflow(container).run({ input: { users: [{ email, first_name: "Haat", last_name: "Admin" }] } })
  const auth: IAuthModuleService = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) {
    throw new Error(`Could not create the admin login ${email}: ${error}`)
  }
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: users[0].id } })
}

const DEMO_CUSTOMERS = [
  { email: "priya.shah@example.in", first_name: "Priya", last_name: "Shah", phone: "+919825000001" },
  { email: "arjun.mehta@example.in", first_name: "Arjun", last_name: "Mehta", phone: "+919820000002" },
  { email: "fatima.khan@example.in", first_name: "Fatima", last_name: "Khan", phone: "+919810000003" },
]

async function seedCustomers(container: Container, query: Query, password: string) {
  const auth: IAuthModuleService = container.resolve(Modules.AUTH)
  for (const customer of DEMO_CUSTOMERS) {
    if (await one(query, "customer", { email: customer.email })) {
      continue
    }
    const { authIdentity, error } = await auth.register("emailpass", { body: { email: customer.email, password } })
    if (error || !authIdentity) {
      throw new Error(`Could not create the customer login ${customer.email}: ${error}`)
    }
    await createCustomerAccountWorkflow(container).run({
      input: { authIdentityId: authIdentity.id, customerData: customer },
    })
  }
}

export type DemoDataOptions = {
  adminEmail?: string
  adminPassword?: string
  customerPassword?: string
}

export type DemoData = {
  admin_email: string
  publishable_key: string
  sales_channel_id: string
  region_ids: Record<string, string>
  stock_location_id: string
  store_id: string
  demo_customers: string[]
}

export async function seedDemoData(container: Container, options: DemoDataOptions = {}): Promise<DemoData> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
  const adminEmail = options.adminEmail ?? "admin@haat.local"

  const salesChannelId = await seedSalesChannel(container, query)
  const publishableKey = await seedPublishableKey(container, query, salesChannelId)
  const regions = await seedRegions(container, query)
  await seedTaxRegions(container, query)
  const locationId = await seedShipping(container, query, salesChannelId, regions)
  const storeId = await seedStore(container, salesChannelId, regions.India, locationId)
  await seedCatalogue(container, query, salesChannelId, locationId, logger)
  await seedGst(container, query, locationId)
  if (container.hasRegistration(GST_MODULE)) {
    // The HSN master gets the catalogue's codes with their dated rates, and each product is linked to its code.
    await seedHsnMaster(container)
  }
  await seedAdmin(container, query, adminEmail, options.adminPassword ?? "haat-admin")
  await seedCustomers(container, query, options.customerPassword ?? "haat-customer")

  const storeModule: IStoreModuleService = container.resolve(Modules.STORE)
  await storeModule.updateStores(storeId, { metadata: { haat_seed: SEED_VERSION } })

  return {
    admin_email: adminEmail,
    publishable_key: publishableKey,
    sales_channel_id: salesChannelId,
    region_ids: regions,
    stock_location_id: locationId,
    store_id: storeId,
    demo_customers: DEMO_CUSTOMERS.map((c) => c.email),
  }
}
