import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Switch, Table, Text, toast, Toaster } from "@medusajs/ui"
import { FormEvent, useCallback, useEffect, useState } from "react"
import { errorMessage, GstRegistration, GstRegistrationList, sdk } from "../../lib/sdk"
import { PageFooter } from "../../components/page-footer"
import { StockLocationsEditor } from "./stock-locations-editor"

const PAGE_SIZE = 20

const emptyForm = {
  gstin: "",
  legal_name: "",
  trade_name: "",
  address_line_1: "",
  city: "",
  postal_code: "",
  is_default: false,
}

const GstSettingsPage = () => {
  const [list, setList] = useState<GstRegistrationList | null>(null)
  const [page, setPage] = useState(0)
  const [form, setForm] = useState(emptyForm)
  const [formError, setFormError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)

  const load = useCallback(async () => {
    try {
      const data = await sdk.client.fetch<GstRegistrationList>("/admin/gst/registrations", {
        query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE, order: "-created_at" },
      })
      setList(data)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [page])

  useEffect(() => {
    void load()
  }, [load])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    setFormError(null)
    try {
      await sdk.client.fetch("/admin/gst/registrations", {
        method: "POST",
        body: { ...form, trade_name: form.trade_name || undefined },
      })
      setForm(emptyForm)
      toast.success("GST registration added")
      await load()
    } catch (e) {
      setFormError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  const update = async (registration: GstRegistration, body: Record<string, unknown>) => {
    try {
      await sdk.client.fetch(`/admin/gst/registrations/${registration.id}`, { method: "POST", body })
      await load()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  const field = (name: keyof typeof emptyForm, label: string, placeholder?: string) => (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={`gst-${name}`}>{label}</Label>
      <Input
        id={`gst-${name}`}
        name={name}
        placeholder={placeholder}
        value={String(form[name])}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </div>
  )

  const pages = list ? Math.max(1, Math.ceil(list.count / PAGE_SIZE)) : 1

  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">GST registrations</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              The GSTINs this store supplies under; the default one applies where no location names another.
            </Text>
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>GSTIN</Table.HeaderCell>
              <Table.HeaderCell>Legal name</Table.HeaderCell>
              <Table.HeaderCell>State</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Default</Table.HeaderCell>
              <Table.HeaderCell>Stock locations</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list?.gst_registrations.map((r) => (
              <Table.Row key={r.id} data-testid="gst-registration-row">
                <Table.Cell className="font-mono">{r.gstin}</Table.Cell>
                <Table.Cell>{r.legal_name}</Table.Cell>
                <Table.Cell>{r.state_code}</Table.Cell>
                <Table.Cell>
                  <Badge color={r.status === "active" ? "green" : "red"}>{r.status}</Badge>
                </Table.Cell>
                <Table.Cell>{r.is_default ? <Badge color="blue">default</Badge> : null}</Table.Cell>
                <Table.Cell data-testid="gst-registration-locations">
                  {r.stock_locations?.length ? r.stock_locations.map((l) => l.name).join(", ") : <span className="text-ui-fg-muted">none</span>}
                </Table.Cell>
                <Table.Cell className="flex gap-x-2">
                  <StockLocationsEditor registration={r} registrations={list?.gst_registrations ?? []} onSaved={load} />
                  {!r.is_default && (
                    <Button size="small" variant="secondary" onClick={() => update(r, { is_default: true })}>
                      Make default
                    </Button>
                  )}
                  <Button
                    size="small"
                    variant="secondary"
                    onClick={() => update(r, { status: r.status === "active" ? "suspended" : "active" })}
                  >
                    {r.status === "active" ? "Suspend" : "Reactivate"}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {list && list.count === 0 && (
          <Text className="px-6 py-4 text-ui-fg-subtle">No GST registration yet. Add the store's GSTIN below.</Text>
        )}
        <PageFooter summary={list ? `${list.count} registration${list.count === 1 ? "" : "s"}` : null} page={page} pages={pages} onPage={setPage} />
      </Container>
      <Container className="px-6 py-4">
        <Heading level="h2">Add a registration</Heading>
        <form onSubmit={submit} className="mt-4 grid grid-cols-2 gap-4">
          {field("gstin", "GSTIN", "24AAACH1234F1Z9")}
          {field("legal_name", "Legal name")}
          {field("trade_name", "Trade name (optional)")}
          {field("address_line_1", "Address")}
          {field("city", "City")}
          {field("postal_code", "PIN code")}
          <div className="flex items-center gap-x-2">
            <Switch
              id="gst-is_default"
              checked={form.is_default}
              onCheckedChange={(checked) => setForm({ ...form, is_default: checked })}
            />
            <Label htmlFor="gst-is_default">Default registration</Label>
          </div>
          <div className="col-span-2 flex items-center justify-between">
            <Text size="small" className="text-ui-fg-error" data-testid="gst-form-error">
              {formError}
            </Text>
            <Button type="submit" isLoading={saving}>
              Add registration
            </Button>
          </div>
        </form>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "GST",
  icon: ReceiptPercent,
})

export default GstSettingsPage
