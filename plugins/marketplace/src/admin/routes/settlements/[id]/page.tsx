import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { useParams } from "react-router-dom"
import { backendHref, errorMessage, sdk } from "../../../lib/sdk"

type Settlement = {
  id: string
  status: string
  period_start: string
  period_end: string
  gross_amount: number
  returns_amount: number
  commission_amount: number
  gst_on_commission: number
  tcs_amount: number
  tds_amount: number
  net_payable: number
  metadata?: { tcs?: { cgst: string; sgst: string; igst: string; base: string }; tds?: { base: string } }
  distributor: { legal_name: string; trade_name: string | null; gstin: string }
  lines: { id: string; type: string; description: string; gross_amount: number; commission_amount: number; net_amount: number }[]
  payouts: { id: string; reference: string; amount: number; paid_at: string; method: string }[]
}

const inr = (value: number | string) =>
  new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" }).format(Number(value))

/** One settlement: its deductions line by line, its statement downloads and the payout form. */
const SettlementDetailPage = () => {
  const { id } = useParams()
  const [s, setS] = useState<Settlement | null>(null)
  const [reference, setReference] = useState("")
  const [amount, setAmount] = useState("")
  const [paidAt, setPaidAt] = useState("")

  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const body = await sdk.client.fetch<{ settlement: Settlement }>(`/admin/settlements/${id}`)
      setS(body.settlement)
    } catch (e) {
      setError(errorMessage(e))
    }
  }, [id])
  useEffect(() => {
    load()
  }, [load])

  const pay = async () => {
    try {
      // Recording a reference again changes nothing on the server; say so instead of "recorded".
      const recordedAlready = s?.payouts.some((p) => p.reference === reference.trim()) ?? false
      await sdk.client.fetch(`/admin/settlements/${id}/payouts`, { method: "POST", body: { reference, amount, paid_at: paidAt } })
      await load()
      toast.success(recordedAlready ? "This reference was recorded already" : "Payout recorded")
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  if (error) return <Container><Text className="text-ui-fg-error">{error}</Text></Container>
  if (!s) return <Container>Loading…</Container>
  const tcs = s.metadata?.tcs
  const summary: [string, number][] = [
    ["Gross sales", s.gross_amount],
    ["Less: returns", s.returns_amount],
    ["Less: commission", s.commission_amount],
    ["Less: GST on commission @ 18%", s.gst_on_commission],
    [`Less: TCS u/s 52 CGST Act (CGST ${tcs?.cgst ?? "0"}, SGST ${tcs?.sgst ?? "0"}, IGST ${tcs?.igst ?? "0"})`, s.tcs_amount],
    ["Less: TDS u/s 194-O Income-tax Act", s.tds_amount],
    ["Net payable", s.net_payable],
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">{s.distributor.trade_name || s.distributor.legal_name}</Heading>
            <Text className="text-ui-fg-subtle">
              GSTIN {s.distributor.gstin} · {new Date(s.period_start).toLocaleDateString("en-IN")} –{" "}
              {new Date(s.period_end).toLocaleDateString("en-IN")}
            </Text>
          </div>
          <div className="flex items-center gap-2">
            <Badge color={s.status === "paid" ? "green" : "orange"}>{s.status}</Badge>
            <Button asChild variant="secondary" size="small">
              <a href={backendHref(`/admin/settlements/${s.id}/statement?format=csv`)} download>
                Statement CSV
              </a>
            </Button>
            <Button asChild variant="secondary" size="small">
              <a href={backendHref(`/admin/settlements/${s.id}/statement?format=pdf`)} download>
                Statement PDF
              </a>
            </Button>
          </div>
        </div>
        {summary.map(([label, value]) => (
          <div key={label} className="flex justify-between px-6 py-2" data-testid="settlement-summary-row">
            <Text>{label}</Text>
            <Text>{inr(value)}</Text>
          </div>
        ))}
      </Container>
      <Container className="p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Line</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Gross</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Commission</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {s.lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>{l.type}</Table.Cell>
                <Table.Cell>{l.description}</Table.Cell>
                <Table.Cell className="text-right">{inr(l.gross_amount)}</Table.Cell>
                <Table.Cell className="text-right">{inr(l.commission_amount)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="flex flex-col gap-3">
        <Heading level="h3">Payouts</Heading>
        {s.payouts.map((p) => (
          <Text key={p.id}>
            {new Date(p.paid_at).toLocaleDateString("en-IN")} · {p.method.toUpperCase()} {p.reference} · {inr(p.amount)}
          </Text>
        ))}
        {s.status === "closed" && (
          <div className="flex items-end gap-3">
            <div>
              <Label htmlFor="reference">UTR / reference</Label>
              <Input id="reference" value={reference} onChange={(e) => setReference(e.target.value)} />
            </div>
            <div>
              <Label htmlFor="amount">Amount (₹)</Label>
              <Input id="amount" value={amount} placeholder={String(s.net_payable)} onChange={(e) => setAmount(e.target.value)} />
            </div>
            <div>
              <Label htmlFor="paid_at">Paid on</Label>
              <Input id="paid_at" type="date" value={paidAt} onChange={(e) => setPaidAt(e.target.value)} />
            </div>
            <Button onClick={pay} disabled={!reference || !amount || !paidAt}>
              Record payout
            </Button>
          </div>
        )}
      </Container>
    </div>
  )
}

export default SettlementDetailPage
