import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useEffect, useState } from "react"
import type { Gstr8Row } from "../../../../modules/gst/tcs/rules"
import { GstinPeriodFields } from "../../../components/gstin-period-fields"
import { errorMessage, GstRegistrationList, sdk } from "../../../lib/sdk"

type Gstr8Statement = {
  gstin: string
  period: string
  fp: string
  status: { closed_at: string | null; filed_at: string | null; arn: string | null }
  tcs: Gstr8Row[]
  tcsa: Gstr8Row[]
}

/** The previous month in India: the period a GSTR-8 is usually filed for (by the 10th). */
function lastPeriod(): string {
  const ist = new Date(Date.now() + 330 * 60 * 1000)
  ist.setUTCDate(1)
  ist.setUTCMonth(ist.getUTCMonth() - 1)
  return `${ist.getUTCFullYear()}-${String(ist.getUTCMonth() + 1).padStart(2, "0")}`
}

async function download(gstin: string, period: string, format: "json" | "csv") {
  // A non-JSON accept header makes the SDK hand back the raw response: the file is saved exactly as served.
  const response = await sdk.client.fetch<Response>("/admin/gst/gstr8/download", {
    query: { gstin, period, format },
    headers: { accept: format === "json" ? "application/octet-stream" : "text/csv" },
  })
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `GSTR8.${format}`
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.click()
  URL.revokeObjectURL(url)
}

const Rows = ({ rows, amendments }: { rows: Gstr8Row[]; amendments: boolean }) => (
  <Table>
    <Table.Header>
      <Table.Row>
        {amendments && <Table.HeaderCell>Original period</Table.HeaderCell>}
        <Table.HeaderCell>Supplier GSTIN</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Supplies (registered)</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Returns (registered)</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Supplies (unregistered)</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Returns (unregistered)</Table.HeaderCell>
        <Table.HeaderCell className="text-right">Net amount</Table.HeaderCell>
        <Table.HeaderCell className="text-right">IGST</Table.HeaderCell>
        <Table.HeaderCell className="text-right">CGST</Table.HeaderCell>
        <Table.HeaderCell className="text-right">SGST/UTGST</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {rows.map((r) => (
        <Table.Row key={`${r.original_period ?? ""}${r.stin}`} data-testid={amendments ? "gstr8-tcsa-row" : "gstr8-tcs-row"}>
          {amendments && <Table.Cell>{r.original_period}</Table.Cell>}
          <Table.Cell className="font-mono">{r.stin}</Table.Cell>
          {[r.sup_r, r.retsup_r, r.sup_u, r.retsup_u, r.amt, r.iamt, r.camt, r.samt].map((v, i) => (
            <Table.Cell key={i} className="text-right font-mono">
              {v}
            </Table.Cell>
          ))}
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)

/** GSTR-8: the TCS the store collected as an e-commerce operator (CGST Act s.52), per supplier, from the GST ledger. */
const Gstr8Page = () => {
  const [gstins, setGstins] = useState<string[]>([])
  const [gstin, setGstin] = useState("")
  const [period, setPeriod] = useState(lastPeriod())
  const [statement, setStatement] = useState<Gstr8Statement | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    sdk.client
      .fetch<GstRegistrationList>("/admin/gst/registrations", { query: { limit: 100 } })
      .then((list) => {
        const all = list.gst_registrations.map((r) => r.gstin)
        setGstins(all)
        setGstin((current) => current || list.gst_registrations.find((r) => r.is_default)?.gstin || all[0] || "")
      })
      .catch((e) => toast.error(errorMessage(e)))
  }, [])

  const preview = async () => {
    setBusy(true)
    setError(null)
    setStatement(null)
    try {
      const { gstr8 } = await sdk.client.fetch<{ gstr8: Gstr8Statement }>("/admin/gst/gstr8", { query: { gstin, period } })
      setStatement(gstr8)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const markFiled = async () => {
    setBusy(true)
    try {
      await sdk.client.fetch("/admin/gst/gstr8/file", { method: "POST", body: { gstin, period } })
      toast.success(`GSTR-8 for ${period} recorded as filed`)
      await preview()
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const save = (format: "json" | "csv") => download(gstin, period, format).catch((e) => toast.error(errorMessage(e)))

  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">GSTR-8 (TCS)</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The tax collected at source on distributors&apos; supplies (CGST Act s.52), per supplier GSTIN, from the GST ledger. A period
            can be prepared once its marketplace settlements are closed.
          </Text>
        </div>
        <div className="grid grid-cols-3 items-end gap-4 px-6 py-4">
          <GstinPeriodFields idPrefix="gstr8" gstins={gstins} gstin={gstin} onGstin={setGstin} period={period} onPeriod={setPeriod} />
          <div className="flex gap-x-2">
            <Button variant="secondary" onClick={preview} isLoading={busy} disabled={!gstin || !period}>
              Preview
            </Button>
          </div>
        </div>
        {error && (
          <div className="px-6 py-4" data-testid="gstr8-error">
            <Text className="text-ui-fg-error">{error}</Text>
          </div>
        )}
      </Container>

      {statement && (
        <Container className="flex flex-col gap-y-3 p-0" data-testid="gstr8-statement">
          <div className="flex items-center justify-between px-6 py-4">
            <Heading level="h2">
              GSTR-8 {statement.gstin} · {statement.period}
            </Heading>
            <div className="flex items-center gap-x-2">
              <Badge color={statement.status.filed_at ? "green" : "orange"} data-testid="gstr8-filing">
                {statement.status.filed_at ? `filed ${statement.status.filed_at.slice(0, 10)}` : "not filed"}
              </Badge>
              <Button size="small" onClick={() => save("json")}>
                Download JSON
              </Button>
              <Button size="small" variant="secondary" onClick={() => save("csv")}>
                Download CSV
              </Button>
              {!statement.status.filed_at && (
                <Button size="small" variant="secondary" onClick={markFiled} isLoading={busy}>
                  Mark as filed
                </Button>
              )}
            </div>
          </div>
          <Rows rows={statement.tcs} amendments={false} />
          {statement.tcs.length === 0 && <Text className="px-6 pb-4 text-ui-fg-subtle">No TCS was collected in this period.</Text>}
          {statement.tcsa.length > 0 && (
            <div className="flex flex-col gap-y-2 pb-4">
              <Heading level="h3" className="px-6">
                Amendments of earlier periods (tcsa)
              </Heading>
              <Rows rows={statement.tcsa} amendments={true} />
            </div>
          )}
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "GSTR-8 (TCS)",
  icon: DocumentText,
})

export default Gstr8Page
