import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { GstRegistrationList, sdk } from "../lib/sdk"

/** On the store's settings page: which GSTIN the store invoices under by default. */
const StoreGstRegistrationWidget = () => {
  const [list, setList] = useState<GstRegistrationList | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    sdk.client
      .fetch<GstRegistrationList>("/admin/gst/registrations", { query: { limit: 50 } })
      .then(setList)
      .catch((e: Error) => setError(e.message))
  }, [])

  const fallback = list?.gst_registrations.find((r) => r.is_default)

  return (
    <Container className="px-6 py-4" data-testid="store-gst-widget">
      <div className="flex items-center justify-between">
        <Heading level="h2">GST</Heading>
        <Link to="/gst" className="text-ui-fg-interactive txt-compact-small">
          Manage registrations
        </Link>
      </div>
      {error && <Text className="text-ui-fg-error">{error}</Text>}
      {list && !fallback && (
        <Text size="small" className="text-ui-fg-subtle mt-2">
          No default GSTIN: tax invoices cannot be issued until one is set.
        </Text>
      )}
      {fallback && (
        <div className="mt-2 flex items-center gap-x-2">
          <Text className="font-mono">{fallback.gstin}</Text>
          <Badge color="blue">default</Badge>
          <Text size="small" className="text-ui-fg-subtle">
            {fallback.legal_name} · state {fallback.state_code} · {list?.count} registration
            {list?.count === 1 ? "" : "s"}
          </Text>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "store.details.after",
})

export default StoreGstRegistrationWidget
