import { Badge, Button, Checkbox, Drawer, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorMessage, GstRegistration, sdk } from "../../lib/sdk"

type StockLocationRow = {
  id: string
  name: string
  address?: { city?: string | null; province?: string | null; country_code?: string | null } | null
}

type Props = {
  registration: GstRegistration
  /** Every registration on the page, to say which GSTIN a location is already under. */
  registrations: GstRegistration[]
  onSaved: () => Promise<void> | void
}

/**
 * Chooses the stock locations whose goods are supplied under one registration. A location already under
 * another GSTIN is shown with it and cannot be ticked here: it is moved on the location's own page.
 */
export const StockLocationsEditor = ({ registration, registrations, onSaved }: Props) => {
  const [open, setOpen] = useState(false)
  const [locations, setLocations] = useState<StockLocationRow[] | null>(null)
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const linkedHere = new Set((registration.stock_locations ?? []).map((l) => l.id))
  const elsewhere = new Map<string, string>()
  for (const other of registrations) {
    if (other.id !== registration.id) {
      for (const l of other.stock_locations ?? []) {
        elsewhere.set(l.id, other.gstin)
      }
    }
  }

  useEffect(() => {
    if (!open) {
      return
    }
    setError(null)
    setChosen(new Set((registration.stock_locations ?? []).map((l) => l.id)))
    sdk.client
      .fetch<{ stock_locations: StockLocationRow[] }>("/admin/stock-locations", {
        query: { limit: 200, fields: "id,name,address.city,address.province,address.country_code", order: "name" },
      })
      .then((data) => setLocations(data.stock_locations))
      .catch((e) => setError(errorMessage(e)))
  }, [open, registration])

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) {
      next.add(id)
    } else {
      next.delete(id)
    }
    setChosen(next)
  }

  const save = async () => {
    const add = [...chosen].filter((id) => !linkedHere.has(id))
    const remove = [...linkedHere].filter((id) => !chosen.has(id))
    if (!add.length && !remove.length) {
      setOpen(false)
      return
    }
    setSaving(true)
    setError(null)
    try {
      await sdk.client.fetch(`/admin/gst/registrations/${registration.id}/stock-locations`, { method: "POST", body: { add, remove } })
      toast.success(`Stock locations of ${registration.gstin} saved`)
      setOpen(false)
      await onSaved()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Stock locations
        </Button>
      </Drawer.Trigger>
      <Drawer.Content data-testid="gst-stock-locations-drawer">
        <Drawer.Header>
          <Drawer.Title>Stock locations of {registration.gstin}</Drawer.Title>
          <Drawer.Description>
            Goods shipped from a ticked location are invoiced under this GSTIN. A location in another State needs that State's registration.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          {!locations && !error && <Text size="small">Loading…</Text>}
          {locations?.length === 0 && <Text size="small">This store has no stock locations yet (Settings → Locations & Shipping).</Text>}
          {locations?.map((l) => {
            const other = elsewhere.get(l.id)
            const place = [l.address?.city, l.address?.province?.toUpperCase()].filter(Boolean).join(", ")
            return (
              <div key={l.id} className="flex items-center gap-x-3" data-testid="gst-stock-location-option">
                <Checkbox
                  id={`gst-location-${l.id}`}
                  checked={chosen.has(l.id)}
                  disabled={!!other}
                  onCheckedChange={(checked) => toggle(l.id, checked === true)}
                />
                <Label htmlFor={`gst-location-${l.id}`} className="flex-1">
                  {l.name}
                  {place && <span className="text-ui-fg-subtle"> · {place}</span>}
                </Label>
                {other && <Badge color="grey">under {other}</Badge>}
              </div>
            )
          })}
          {error && (
            <Text size="small" className="text-ui-fg-error" data-testid="gst-stock-locations-error">
              {error}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={save} isLoading={saving}>
            Save locations
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
