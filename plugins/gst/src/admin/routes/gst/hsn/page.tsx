import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Checkbox, Container, Heading, Input, Label, Select, Table, Text, toast, Toaster } from "@medusajs/ui"
import { FormEvent, useCallback, useEffect, useState } from "react"
import { GST_UQC } from "@haat/india"
import { errorMessage, sdk } from "../../../lib/sdk"
import { getHsnCode, HsnCode, HsnCodeList, HsnImportResult, listHsnCodes, uploadHsnCsv } from "./hsn-api"
import { PageFooter } from "../../../components/page-footer"

const PAGE_SIZE = 20
const UQC_CODES = Object.keys(GST_UQC)

const rateText = (rate: HsnCode["current_rate"]) =>
  rate ? `${rate.rate}%${rate.cess_rate !== "0" ? ` + cess ${rate.cess_rate}%` : ""}` : "—"

const Field = ({ id, label, children }: { id: string; label: string; children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-1">
    <Label htmlFor={id}>{label}</Label>
    {children}
  </div>
)

const UqcSelect = ({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) => (
  <Select value={value} onValueChange={onChange}>
    <Select.Trigger id={id}>
      <Select.Value placeholder="UQC" />
    </Select.Trigger>
    <Select.Content>
      {UQC_CODES.map((code) => (
        <Select.Item key={code} value={code}>
          {code} · {GST_UQC[code]}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

const emptyCreate = { code: "", description: "", uqc: "KGS", rate: "", effective_from: "", cess_rate: "", notification: "" }

/** Adds a code with its first dated rate; the API's message (format, UQC, slab on the date) shows under it. */
const CreateHsnForm = ({ onCreated }: { onCreated: (hsn: HsnCode) => void }) => {
  const [form, setForm] = useState(emptyCreate)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const set = (name: keyof typeof emptyCreate) => (value: string) => setForm({ ...form, [name]: value })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaving(true)
    setError(null)
    try {
      const { hsn_code } = await sdk.client.fetch<{ hsn_code: HsnCode }>("/admin/gst/hsn-codes", {
        method: "POST",
        body: {
          code: form.code,
          description: form.description,
          uqc: form.uqc,
          rates: [
            {
              rate: form.rate,
              effective_from: form.effective_from,
              cess_rate: form.cess_rate || undefined,
              notification: form.notification || undefined,
            },
          ],
        },
      })
      setForm(emptyCreate)
      toast.success(`HSN ${hsn_code.code} added`)
      onCreated(hsn_code)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" data-testid="hsn-create-form">
      <Heading level="h2">Add an HSN or SAC code</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Goods: 4, 6 or 8 digits. Services (SAC): 6 digits starting 99. The rate must be a GST slab on the date it takes
        effect (12% ended and 40% began on 22 Sep 2025).
      </Text>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Field id="hsn-code" label="Code">
          <Input id="hsn-code" value={form.code} placeholder="21069099" onChange={(e) => set("code")(e.target.value)} />
        </Field>
        <div className="col-span-2">
          <Field id="hsn-description" label="Description">
            <Input id="hsn-description" value={form.description} onChange={(e) => set("description")(e.target.value)} />
          </Field>
        </div>
        <Field id="hsn-uqc" label="UQC">
          <UqcSelect id="hsn-uqc" value={form.uqc} onChange={set("uqc")} />
        </Field>
        <Field id="hsn-rate" label="GST rate %">
          <Input id="hsn-rate" value={form.rate} placeholder="18" onChange={(e) => set("rate")(e.target.value)} />
        </Field>
        <Field id="hsn-effective" label="Effective from">
          <Input id="hsn-effective" type="date" value={form.effective_from} onChange={(e) => set("effective_from")(e.target.value)} />
        </Field>
        <Field id="hsn-cess" label="Cess %">
          <Input id="hsn-cess" value={form.cess_rate} placeholder="0" onChange={(e) => set("cess_rate")(e.target.value)} />
        </Field>
        <Field id="hsn-notification" label="Notification">
          <Input id="hsn-notification" value={form.notification} placeholder="9/2025-CTR" onChange={(e) => set("notification")(e.target.value)} />
        </Field>
      </div>
      {error && (
        <Text className="text-ui-fg-error" data-testid="hsn-create-error">
          {error}
        </Text>
      )}
      <div>
        <Button type="submit" isLoading={saving}>
          Add code
        </Button>
      </div>
    </form>
  )
}

/** One code: its rate history, a new dated rate, description and UQC, what is classified under it. */
const HsnDetail = ({ id, onChanged, onDeleted }: { id: string; onChanged: () => void; onDeleted: () => void }) => {
  const [hsn, setHsn] = useState<HsnCode | null>(null)
  const [rate, setRate] = useState({ rate: "", effective_from: "", cess_rate: "", notification: "" })
  const [edit, setEdit] = useState({ description: "", uqc: "" })
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const { hsn_code } = await getHsnCode(id)
    setHsn(hsn_code)
    setEdit({ description: hsn_code.description, uqc: hsn_code.uqc })
  }, [id])

  useEffect(() => {
    load().catch((e) => setError(errorMessage(e)))
  }, [load])

  const run = async (action: () => Promise<unknown>, done: string) => {
    setError(null)
    try {
      await action()
      toast.success(done)
      await load()
      onChanged()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  if (!hsn) {
    return <Text className="px-6 py-4">{error ?? "Loading…"}</Text>
  }
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="hsn-detail">
      <div className="flex items-center justify-between">
        <Heading level="h2">
          {hsn.kind === "services" ? "SAC" : "HSN"} {hsn.code}
        </Heading>
        <Button
          size="small"
          variant="danger"
          onClick={async () => {
            setError(null)
            try {
              await sdk.client.fetch(`/admin/gst/hsn-codes/${hsn.id}`, { method: "DELETE" })
              toast.success(`HSN ${hsn.code} deleted`)
              onDeleted()
            } catch (e) {
              setError(errorMessage(e))
            }
          }}
        >
          Delete
        </Button>
      </div>
      <div className="grid grid-cols-3 gap-3">
        <div className="col-span-2">
          <Field id="hsn-edit-description" label="Description">
            <Input id="hsn-edit-description" value={edit.description} onChange={(e) => setEdit({ ...edit, description: e.target.value })} />
          </Field>
        </div>
        <Field id="hsn-edit-uqc" label="UQC">
          <UqcSelect id="hsn-edit-uqc" value={edit.uqc} onChange={(uqc) => setEdit({ ...edit, uqc })} />
        </Field>
      </div>
      <div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => run(() => sdk.client.fetch(`/admin/gst/hsn-codes/${hsn.id}`, { method: "POST", body: edit }), "Saved")}
        >
          Save
        </Button>
      </div>

      <Text weight="plus">Rate history</Text>
      <Table data-testid="hsn-rate-history">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>From</Table.HeaderCell>
            <Table.HeaderCell>GST</Table.HeaderCell>
            <Table.HeaderCell>Cess</Table.HeaderCell>
            <Table.HeaderCell>Notification</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {hsn.rates?.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell>
                {r.effective_from} {hsn.current_rate?.id === r.id && <Badge color="green">in force</Badge>}
              </Table.Cell>
              <Table.Cell>{r.rate}%</Table.Cell>
              <Table.Cell>{r.cess_rate}%</Table.Cell>
              <Table.Cell className="max-w-md truncate">{r.notification ?? ""}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Input placeholder="Rate %" value={rate.rate} onChange={(e) => setRate({ ...rate, rate: e.target.value })} />
        <Input type="date" value={rate.effective_from} onChange={(e) => setRate({ ...rate, effective_from: e.target.value })} />
        <Input placeholder="Cess %" value={rate.cess_rate} onChange={(e) => setRate({ ...rate, cess_rate: e.target.value })} />
        <Input placeholder="Notification" value={rate.notification} onChange={(e) => setRate({ ...rate, notification: e.target.value })} />
        <Button
          variant="secondary"
          onClick={() =>
            run(
              () =>
                sdk.client.fetch(`/admin/gst/hsn-codes/${hsn.id}/rates`, {
                  method: "POST",
                  body: {
                    rate: rate.rate,
                    effective_from: rate.effective_from,
                    cess_rate: rate.cess_rate || undefined,
                    notification: rate.notification || undefined,
                  },
                }),
              "Rate added"
            )
          }
        >
          Add dated rate
        </Button>
      </div>
      {error && (
        <Text className="text-ui-fg-error" data-testid="hsn-detail-error">
          {error}
        </Text>
      )}
      <Text size="small" className="text-ui-fg-subtle">
        {hsn.products?.length ?? 0} product(s) and {hsn.variants?.length ?? 0} variant override(s) classified under this code
        {hsn.products?.length ? `: ${hsn.products.slice(0, 8).map((p) => p.title).join(", ")}${hsn.products.length > 8 ? "…" : ""}` : ""}
      </Text>
    </div>
  )
}

/** CSV upload: check first (dry run), then import; a bad file shows every error by row and column. */
const CsvImport = ({ onImported }: { onImported: () => void }) => {
  const [file, setFile] = useState<File | null>(null)
  const [dryRun, setDryRun] = useState(true)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ ok: boolean; message?: string; result: HsnImportResult } | null>(null)

  const upload = async () => {
    if (!file) return
    setBusy(true)
    try {
      const result = await uploadHsnCsv(file, dryRun)
      setOutcome(result)
      if (result.ok && !dryRun) onImported()
    } catch (e) {
      setOutcome({ ok: false, message: errorMessage(e), result: { dry_run: dryRun, written: false, errors: [], changes: [], summary: {} } })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="hsn-import">
      <Heading level="h2">Import from CSV</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        Columns: code, description, uqc, rate, effective_from, cess_rate, notification, and optionally product_handle. One row per
        dated rate. Every row is checked first; if any is wrong nothing is imported.
      </Text>
      <div className="flex items-center gap-x-4">
        <input type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="hsn-import-file" />
        <div className="flex items-center gap-x-2">
          <Checkbox id="hsn-dry-run" checked={dryRun} onCheckedChange={(checked) => setDryRun(checked === true)} />
          <Label htmlFor="hsn-dry-run">Only check (dry run)</Label>
        </div>
        <Button size="small" disabled={!file} isLoading={busy} onClick={upload}>
          {dryRun ? "Check file" : "Import"}
        </Button>
      </div>
      {outcome && !outcome.ok && (
        <Text className="text-ui-fg-error" data-testid="hsn-import-message">
          {outcome.message}
        </Text>
      )}
      {outcome && outcome.result.errors.length > 0 && (
        <Table data-testid="hsn-import-errors">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Row</Table.HeaderCell>
              <Table.HeaderCell>Column</Table.HeaderCell>
              <Table.HeaderCell>Problem</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {outcome.result.errors.map((e, i) => (
              <Table.Row key={i}>
                <Table.Cell>{e.row}</Table.Cell>
                <Table.Cell>{e.column ?? ""}</Table.Cell>
                <Table.Cell>{e.message}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {outcome?.ok && (
        <div data-testid="hsn-import-summary">
          <Text>
            {outcome.result.dry_run ? "Would change" : "Imported"}: {outcome.result.summary.codes_created} new code(s),{" "}
            {outcome.result.summary.codes_updated} updated, {outcome.result.summary.rates_created} new rate(s),{" "}
            {outcome.result.summary.rates_updated} corrected, {outcome.result.summary.products_linked} product(s) classified.
          </Text>
          {outcome.result.changes.length === 0 && <Text className="text-ui-fg-subtle">The master already matches this file.</Text>}
          <ul className="txt-small mt-2 list-disc pl-6">
            {outcome.result.changes.slice(0, 50).map((c, i) => (
              <li key={i}>
                row {c.row}: {c.action.replace(/_/g, " ")} {c.code} — {c.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

const HsnMasterPage = () => {
  const [list, setList] = useState<HsnCodeList | null>(null)
  const [q, setQ] = useState("")
  const [kind, setKind] = useState<"all" | "goods" | "services">("all")
  const [page, setPage] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const query: Record<string, string | number> = { limit: PAGE_SIZE, offset: page * PAGE_SIZE }
      if (q.trim()) query.q = q.trim()
      if (kind !== "all") query.kind = kind
      setList(await listHsnCodes(query))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [page, q, kind])

  useEffect(() => {
    void load()
  }, [load])

  const sync = async () => {
    try {
      const { sync } = await sdk.client.fetch<{
        sync: { products_linked: string[]; variants_linked: string[]; unknown_codes: { code: string; product_handles: string[] }[]; conflicts: unknown[] }
      }>("/admin/gst/hsn-codes/sync-from-metadata", { method: "POST", body: {} })
      const unknown = sync.unknown_codes.map((u) => `${u.code} (${u.product_handles.length})`).join(", ")
      toast.success(
        `${sync.products_linked.length} product(s) and ${sync.variants_linked.length} variant(s) classified` +
          (sync.conflicts.length ? `; ${sync.conflicts.length} already under another code kept` : "") +
          (unknown ? `; not in the master: ${unknown}` : "")
      )
      await load()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  const pages = list ? Math.max(1, Math.ceil(list.count / PAGE_SIZE)) : 1

  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">HSN and SAC codes</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              The codes your products are classified under, each with its dated GST rates. Invoices take the rate in force on their date.
            </Text>
          </div>
          <Button size="small" variant="secondary" onClick={sync}>
            Classify products from metadata.hsn_code
          </Button>
        </div>
        <div className="flex gap-x-3 px-6 py-3">
          <Input
            type="search"
            placeholder="Search code or description"
            value={q}
            onChange={(e) => {
              setQ(e.target.value)
              setPage(0)
            }}
            data-testid="hsn-search"
          />
          <Select
            value={kind}
            onValueChange={(value) => {
              setKind(value as typeof kind)
              setPage(0)
            }}
          >
            <Select.Trigger className="w-48">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">Goods and services</Select.Item>
              <Select.Item value="goods">Goods (HSN)</Select.Item>
              <Select.Item value="services">Services (SAC)</Select.Item>
            </Select.Content>
          </Select>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Code</Table.HeaderCell>
              <Table.HeaderCell>Description</Table.HeaderCell>
              <Table.HeaderCell>UQC</Table.HeaderCell>
              <Table.HeaderCell>Rate today</Table.HeaderCell>
              <Table.HeaderCell>Since</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list?.hsn_codes.map((h) => (
              <Table.Row
                key={h.id}
                className={`cursor-pointer ${selected === h.id ? "bg-ui-bg-highlight" : ""}`}
                onClick={() => setSelected(selected === h.id ? null : h.id)}
                data-testid="hsn-row"
              >
                <Table.Cell className="font-mono">
                  {h.code} {h.kind === "services" && <Badge size="2xsmall">SAC</Badge>}
                </Table.Cell>
                <Table.Cell className="max-w-md truncate">{h.description}</Table.Cell>
                <Table.Cell>{h.uqc}</Table.Cell>
                <Table.Cell>{rateText(h.current_rate)}</Table.Cell>
                <Table.Cell>{h.current_rate?.effective_from ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {list && list.count === 0 && (
          <Text className="px-6 py-4 text-ui-fg-subtle">No codes match. Add one below or import a CSV.</Text>
        )}
        <PageFooter summary={list ? `${list.count} code${list.count === 1 ? "" : "s"}` : null} page={page} pages={pages} onPage={setPage} />
      </Container>
      {selected && (
        <Container className="p-0">
          <HsnDetail
            key={selected}
            id={selected}
            onChanged={load}
            onDeleted={() => {
              setSelected(null)
              void load()
            }}
          />
        </Container>
      )}
      <Container className="p-0">
        <CreateHsnForm
          onCreated={(hsn) => {
            setSelected(hsn.id)
            void load()
          }}
        />
      </Container>
      <Container className="p-0">
        <CsvImport onImported={load} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "HSN codes",
})

export default HsnMasterPage
