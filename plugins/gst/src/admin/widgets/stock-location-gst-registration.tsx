import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminStockLocation, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Label, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage, GstRegistrationList, sdk, StockLocationGst } from "../lib/sdk"

const NONE = ""

/**
 * On a stock location's page: the GSTIN its goods are invoiced under, and a choice of the store's active
 * registrations to link it to (or none, so the default registration applies).
 */
const StockLocationGstWidget = ({ data: location }: DetailWidgetProps<AdminStockLocation>) => {
  const [state, setState] = useState<StockLocationGst | null>(null)
  const [registrations, setRegistrations] = useState<GstRegistrationList | null>(null)
  const [choice, setChoice] = useState<string>(NONE)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  // The page may mount the widget's effect more than once; an answer older than the latest request or save is dropped.
  const latest = useRef(0)

  const load = useCallback(async () => {
    const request = ++latest.current
    try {
      const [current, list] = await Promise.all([
        sdk.client.fetch<StockLocationGst>(`/admin/gst/stock-locations/${location.id}`),
        sdk.client.fetch<GstRegistrationList>("/admin/gst/registrations", { query: { status: "active", limit: 100, order: "gstin" } }),
      ])
      if (request !== latest.current) {
        return
      }
      setState(current)
      setRegistrations(list)
      setChoice(current.gst_registration?.id ?? NONE)
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [location.id])

  useEffect(() => {
    void load()
  }, [load])

  const save = async () => {
    const request = ++latest.current
    setSaving(true)
    setError(null)
    try {
      const updated = await sdk.client.fetch<StockLocationGst>(`/admin/gst/stock-locations/${location.id}`, {
        method: "POST",
        body: { gst_registration_id: choice === NONE ? null : choice },
      })
      if (request === latest.current) {
        setState(updated)
      }
      toast.success(updated.gst_registration ? `${location.name} now supplies under ${updated.gst_registration.gstin}` : "GST registration removed")
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const linked = state?.gst_registration
  const applies = state?.supplies_under

  return (
    <Container className="divide-y p-0" data-testid="stock-location-gst-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">GST registration</Heading>
        <Link to="/gst" className="text-ui-fg-interactive txt-compact-small">
          Manage registrations
        </Link>
      </div>
      <div className="flex flex-col gap-y-3 px-6 py-4">
        {state && (
          <div className="flex flex-wrap items-center gap-x-2" data-testid="stock-location-gst-current">
            {linked ? (
              <>
                <Text className="font-mono">{linked.gstin}</Text>
                <Badge color={linked.status === "active" ? "green" : "red"}>{linked.status === "active" ? "linked" : linked.status}</Badge>
                <Text size="small" className="text-ui-fg-subtle">
                  {linked.legal_name} · State {linked.state_code}
                </Text>
              </>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                No registration linked.{" "}
                {applies ? `Goods shipped from here are invoiced under the default GSTIN ${applies.gstin}.` : "There is no default GSTIN either: invoices cannot be issued."}
              </Text>
            )}
          </div>
        )}
        {linked && applies && linked.id !== applies.id && (
          <Text size="small" className="text-ui-fg-error">
            The linked registration is {linked.status}; invoices use the default GSTIN {applies.gstin} until it is reactivated.
          </Text>
        )}
        {registrations && (
          <div className="flex items-end gap-x-2">
            <div className="flex flex-1 flex-col gap-y-1">
              <Label htmlFor="stock-location-gst-select">Supplies under</Label>
              <select
                id="stock-location-gst-select"
                className="bg-ui-bg-field shadow-borders-base txt-compact-small h-8 rounded-md px-2"
                value={choice}
                onChange={(e) => setChoice(e.target.value)}
              >
                <option value={NONE}>None (use the default registration)</option>
                {registrations.gst_registrations.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.gstin} · {r.legal_name} · State {r.state_code}
                  </option>
                ))}
              </select>
            </div>
            <Button size="small" variant="secondary" onClick={save} isLoading={saving} disabled={choice === (linked?.id ?? NONE)}>
              Save
            </Button>
          </div>
        )}
        {error && (
          <Text size="small" className="text-ui-fg-error" data-testid="stock-location-gst-error">
            {error}
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "location.details.after",
})

export default StockLocationGstWidget
