import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Label, Select, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useRef, useState } from "react"
import { GstinPeriodFields } from "../../../components/gstin-period-fields"
import { errorMessage, GstRegistrationList, sdk } from "../../../lib/sdk"
import {
  Gstr1Summary,
  Gstr3bSummary,
  GSTR1_CSV_SECTIONS,
  ReturnExport,
  ReturnPreview,
  GstReturnType,
  SECTION_LABELS,
} from "./types"

const POLL_MS = 1000

/** The previous month in India: the period a merchant usually files next. */
function lastPeriod(): string {
  const ist = new Date(Date.now() + 330 * 60 * 1000)
  ist.setUTCDate(1)
  ist.setUTCMonth(ist.getUTCMonth() - 1)
  return `${ist.getUTCFullYear()}-${String(ist.getUTCMonth() + 1).padStart(2, "0")}`
}

async function download(exported: ReturnExport, format: "json" | "csv", section?: string) {
  const query: Record<string, string> = { format }
  if (section) query.section = section
  // A non-JSON accept header makes the SDK hand back the raw response: the file is saved exactly as served.
  const response = await sdk.client.fetch<Response>(`/admin/gst/returns/${exported.id}/download`, {
    query,
    headers: { accept: format === "json" ? "application/octet-stream" : "text/csv" },
  })
  const disposition = response.headers.get("content-disposition") ?? ""
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `${exported.return_type}.${format}`
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}

const Gstr1Table = ({ summary }: { summary: Gstr1Summary }) => (
  <div className="flex flex-col gap-y-3">
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Section</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Documents</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Taxable value</Table.HeaderCell>
          <Table.HeaderCell className="text-right">IGST</Table.HeaderCell>
          <Table.HeaderCell className="text-right">CGST</Table.HeaderCell>
          <Table.HeaderCell className="text-right">SGST/UTGST</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Cess</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {summary.sections.map((s) => (
          <Table.Row key={s.section} data-testid="gst-return-section">
            <Table.Cell>{SECTION_LABELS[s.section] ?? s.section}</Table.Cell>
            <Table.Cell className="text-right">{s.documents}</Table.Cell>
            <Table.Cell className="text-right font-mono">{s.txval}</Table.Cell>
            <Table.Cell className="text-right font-mono">{s.iamt}</Table.Cell>
            <Table.Cell className="text-right font-mono">{s.camt}</Table.Cell>
            <Table.Cell className="text-right font-mono">{s.samt}</Table.Cell>
            <Table.Cell className="text-right font-mono">{s.csamt}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    {summary.sections.length === 0 && <Text className="px-6 text-ui-fg-subtle">No issued documents in this period.</Text>}
    {summary.inconsistencies.count > 0 && (
      <div className="px-6" data-testid="gst-return-inconsistencies">
        <Text weight="plus">
          {summary.inconsistencies.count} document{summary.inconsistencies.count === 1 ? "" : "s"} filed under another table
          than stored:
        </Text>
        <ul className="list-disc pl-6">
          {summary.inconsistencies.documents.map((d) => (
            <li key={d.number}>
              <Text size="small">
                <span className="font-mono">{d.number}</span> → {SECTION_LABELS[d.reported_as] ?? d.reported_as}: {d.reason}
              </Text>
            </li>
          ))}
        </ul>
      </div>
    )}
  </div>
)

const Gstr3bTable = ({ summary }: { summary: Gstr3bSummary }) => {
  const sup = summary.gstr3b.sup_details
  const rows: Array<[string, Record<string, string>]> = [
    ["3.1(a) Outward taxable supplies", sup.osup_det],
    ["3.1(b) Zero rated (exports, SEZ)", sup.osup_zero],
    ["3.1(c) Nil rated, exempted", sup.osup_nil_exmp],
    ["3.1(d) Inward supplies, reverse charge", sup.isup_rev],
    ["3.1(e) Non-GST outward supplies", sup.osup_nongst],
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Table</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Taxable value</Table.HeaderCell>
            <Table.HeaderCell className="text-right">IGST</Table.HeaderCell>
            <Table.HeaderCell className="text-right">CGST</Table.HeaderCell>
            <Table.HeaderCell className="text-right">SGST/UTGST</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Cess</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map(([label, heads]) => (
            <Table.Row key={label}>
              <Table.Cell>{label}</Table.Cell>
              {["txval", "iamt", "camt", "samt", "csamt"].map((h) => (
                <Table.Cell key={h} className="text-right font-mono">
                  {heads[h] ?? "—"}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="px-6">
        <Text weight="plus">3.2 Inter-State supplies to unregistered persons</Text>
        {summary.gstr3b.inter_sup.unreg_details.map((r) => (
          <Text size="small" key={r.pos} className="font-mono">
            {r.pos}: {r.txval} (IGST {r.iamt})
          </Text>
        ))}
        <div className="mt-2 flex items-center gap-x-2">
          <Text size="small">Ledger check:</Text>
          <Badge color={summary.ledger.matches ? "green" : "red"} data-testid="gst-return-ledger">
            {summary.ledger.matches ? "matches the GST ledger" : "differs from the GST ledger"}
          </Badge>
          {!summary.ledger.matches && (
            <Text size="small">
              ledger IGST {summary.ledger.ledger.IGST}, CGST {summary.ledger.ledger.CGST}, SGST/UTGST {summary.ledger.ledger.SGST_UTGST}
            </Text>
          )}
        </div>
      </div>
    </div>
  )
}

const GstReturnsPage = () => {
  const [gstins, setGstins] = useState<string[]>([])
  const [gstin, setGstin] = useState("")
  const [period, setPeriod] = useState(lastPeriod())
  const [returnType, setReturnType] = useState<GstReturnType>("GSTR1")
  const [preview, setPreview] = useState<ReturnPreview | null>(null)
  const [exported, setExported] = useState<ReturnExport | null>(null)
  const [busy, setBusy] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    sdk.client
      .fetch<GstRegistrationList>("/admin/gst/registrations", { query: { limit: 100 } })
      .then((list) => {
        const all = list.gst_registrations.map((r) => r.gstin)
        setGstins(all)
        setGstin((current) => current || list.gst_registrations.find((r) => r.is_default)?.gstin || all[0] || "")
      })
      .catch((e) => toast.error(errorMessage(e)))
    return () => {
      if (timer.current) clearTimeout(timer.current)
    }
  }, [])

  const target = { return_type: returnType, gstin, period }

  const poll = useCallback(async (id: string) => {
    try {
      const { gst_return_export } = await sdk.client.fetch<{ gst_return_export: ReturnExport }>(`/admin/gst/returns/${id}`)
      setExported(gst_return_export)
      if (gst_return_export.status === "pending" || gst_return_export.status === "running") {
        timer.current = setTimeout(() => void poll(id), POLL_MS)
      } else if (gst_return_export.status === "failed") {
        toast.error(gst_return_export.error ?? "The export failed")
      }
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [])

  const runPreview = async () => {
    setBusy(true)
    try {
      const { gst_return_preview } = await sdk.client.fetch<{ gst_return_preview: ReturnPreview }>("/admin/gst/returns/preview", {
        query: target,
      })
      setPreview(gst_return_preview)
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const startExport = async () => {
    setBusy(true)
    try {
      const { gst_return_export } = await sdk.client.fetch<{ gst_return_export: ReturnExport }>("/admin/gst/returns", {
        method: "POST",
        body: target,
      })
      setExported(gst_return_export)
      void poll(gst_return_export.id)
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const save = (format: "json" | "csv", section?: string) => {
    if (exported) download(exported, format, section).catch((e) => toast.error(errorMessage(e)))
  }

  const csvSections = exported
    ? GSTR1_CSV_SECTIONS.filter((s) => (exported.period >= "2025-05" ? s !== "hsn" : s !== "hsn_b2b" && s !== "hsn_b2c"))
    : []

  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">GST returns</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            GSTR-1 (outward supplies, as the offline tool's JSON and CSVs) and GSTR-3B tables 3.1 and 3.2, from the tax documents of a
            period.
          </Text>
        </div>
        <div className="grid grid-cols-4 items-end gap-4 px-6 py-4">
          <GstinPeriodFields idPrefix="gst-return" gstins={gstins} gstin={gstin} onGstin={setGstin} period={period} onPeriod={setPeriod} />
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="gst-return-type">Return</Label>
            <Select value={returnType} onValueChange={(v) => setReturnType(v as GstReturnType)}>
              <Select.Trigger id="gst-return-type">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="GSTR1">GSTR-1</Select.Item>
                <Select.Item value="GSTR3B">GSTR-3B</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div className="flex gap-x-2">
            <Button variant="secondary" onClick={runPreview} isLoading={busy} disabled={!gstin || !period}>
              Preview
            </Button>
            <Button onClick={startExport} isLoading={busy} disabled={!gstin || !period}>
              Prepare export
            </Button>
          </div>
        </div>
      </Container>

      {preview && (
        <Container className="p-0">
          <div className="px-6 py-4">
            <Heading level="h2">
              Preview: {preview.return_type === "GSTR1" ? "GSTR-1" : "GSTR-3B"} {preview.gstin} · {preview.period}
            </Heading>
          </div>
          {preview.return_type === "GSTR1" ? <Gstr1Table summary={preview} /> : <Gstr3bTable summary={preview} />}
        </Container>
      )}

      {exported && (
        <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="gst-return-export">
          <div className="flex items-center justify-between">
            <Heading level="h2">
              Export {exported.return_type === "GSTR1" ? "GSTR-1" : "GSTR-3B"} {exported.gstin} · {exported.period}
            </Heading>
            <Badge color={exported.status === "done" ? "green" : exported.status === "failed" ? "red" : "orange"}>{exported.status}</Badge>
          </div>
          <div className="h-2 w-full overflow-hidden rounded bg-ui-bg-subtle" role="progressbar" aria-valuenow={exported.progress}>
            <div className="h-full bg-ui-fg-interactive transition-all" style={{ width: `${exported.progress}%` }} />
          </div>
          <Text size="small">{exported.progress}%</Text>
          {exported.status === "failed" && <Text className="text-ui-fg-error">{exported.error}</Text>}
          {exported.status === "done" && (
            <div className="flex flex-wrap gap-2">
              <Button size="small" onClick={() => save("json")}>
                Download JSON
              </Button>
              {exported.return_type === "GSTR1" &&
                csvSections.map((s) => (
                  <Button key={s} size="small" variant="secondary" onClick={() => save("csv", s)}>
                    {s}.csv
                  </Button>
                ))}
            </div>
          )}
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "GST returns",
  icon: DocumentText,
})

export default GstReturnsPage
