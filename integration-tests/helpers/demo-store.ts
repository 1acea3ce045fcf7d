import type { MedusaContainer } from "@medusajs/framework/types"
import { DemoData, seedDemoData } from "../../src/scripts/seed/demo-data"

export const ADMIN_EMAIL = "admin@haat.test"
export const ADMIN_PASSWORD = "admin-password"
export const CUSTOMER_PASSWORD = "customer-password"

type Api = {
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: { token: string } }>
}

export type DemoStore = DemoData & {
  /** Headers for /admin routes, as the demo admin. */
  admin: { headers: Record<string, string> }
  /** Headers for /store routes with the storefront's publishable key. */
  store: { headers: Record<string, string> }
  /** Headers for /store routes as a logged-in demo customer. */
  customer: (email: string) => Promise<{ headers: Record<string, string> }>
}

/**
 * Seeds the same demo store `npm start` shows and logs in through the real auth routes. Call it in a
 * suite's beforeAll: medusaIntegrationTestRunner snapshots the database after it, so every test
 * starts from this store.
 */
export async function setUpDemoStore(container: MedusaContainer, api: Api): Promise<DemoStore> {
  const data = await seedDemoData(container, {
    adminEmail: ADMIN_EMAIL,
    adminPassword: ADMIN_PASSWORD,
    customerPassword: CUSTOMER_PASSWORD,
  })
  const { data: adminAuth } = await api.post("/auth/user/emailpass", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  const store = { headers: { "x-publishable-api-key": data.publishable_key } }
  return {
    ...data,
    admin: { headers: { authorization: `Bearer ${adminAuth.token}` } },
    store,
    customer: async (email: string) => {
      const { data: auth } = await api.post("/auth/customer/emailpass", { email, password: CUSTOMER_PASSWORD })
      return { headers: { ...store.headers, authorization: `Bearer ${auth.token}` } }
    },
  }
}

export const GUJARAT_ADDRESS = {
  first_name: "Priya",
  last_name: "Shah",
  address_1: "12 Law Garden Road",
  city: "Ahmedabad",
  province: "in-gj",
  postal_code: "380006",
  country_code: "in",
  phone: "+919825000001",
}

export const MAHARASHTRA_ADDRESS = {
  first_name: "Arjun",
  last_name: "Mehta",
  address_1: "4 Marine Drive",
  city: "Mumbai",
  province: "in-mh",
  postal_code: "400020",
  country_code: "in",
  phone: "+919820000002",
}
