import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast, Toaster } from "@medusajs/ui"
import { FormEvent, useCallback, useEffect, useState } from "react"
import { Link, useParams } from "react-router-dom"
import { errorMessage, sdk } from "../../../../lib/sdk"
import { DOCUMENT_LABELS, money, pdfUrl, TaxDocumentDetail, TaxDocumentLine } from "../types"

/** CGST Rules r.46(i), as the PDF shows it: "2 × 500 g — 1.000 KGS", "2 PAC", "3 BTL"; services the count alone. */
function quantityText(l: TaxDocumentLine): string {
  const uqc = l.reported_uqc ?? l.uqc
  if (uqc === "NA") return String(Number(l.quantity))
  if (l.net_quantity) return `${Number(l.quantity)} × ${l.net_quantity} — ${Number(l.reported_quantity ?? 0).toFixed(3)} ${uqc}`
  return `${Number(l.quantity)} ${uqc}`
}

/** One invoice or credit note: its lines and heads, the ledger rows it posted, and credit notes against it. */
const TaxDocumentPage = () => {
  const { id } = useParams()
  const [document, setDocument] = useState<TaxDocumentDetail | null>(null)
  const [amounts, setAmounts] = useState<Record<string, string>>({})
  const [reason, setReason] = useState("")
  const [formError, setFormError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const data = await sdk.client.fetch<{ tax_document: TaxDocumentDetail }>(`/admin/gst/invoices/${id}`)
      setDocument(data.tax_document)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [id])

  useEffect(() => {
    void load()
  }, [load])

  const credit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const lines = Object.entries(amounts)
      .filter(([, amount]) => amount.trim() !== "")
      .map(([line_id, amount]) => ({ line_id, amount: amount.trim() }))
    try {
      const data = await sdk.client.fetch<{ tax_document: { number: string } }>(`/admin/gst/invoices/${id}/credit-notes`, {
        method: "POST",
        body: { reason, lines },
      })
      toast.success(`Credit note ${data.tax_document.number} issued`)
      setAmounts({})
      setReason("")
      await load()
    } catch (e) {
      setFormError(errorMessage(e))
    }
  }

  if (!document) {
    return <Text>Loading…</Text>
  }
  const c = document.currency_code
  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="px-6 py-4">
        <div className="flex items-center justify-between">
          <div>
            <Heading level="h1" className="font-mono">
              {document.number}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {DOCUMENT_LABELS[document.document_type]} dated {document.issue_date} · {document.supplier_legal_name} ({document.supplier_gstin}) ·
              place of supply {document.place_of_supply} · {document.supply_type.toUpperCase()}
            </Text>
            {document.original_number && (
              <Text size="small">
                Against invoice{" "}
                <Link to={`/gst/invoices/${document.original_document_id}`} className="text-ui-fg-interactive font-mono">
                  {document.original_number}
                </Link>{" "}
                of {document.original_issue_date}: {document.reason}
              </Text>
            )}
            {document.order_id && (
              <Link to={`/orders/${document.order_id}`} className="text-ui-fg-interactive txt-compact-small">
                View order
              </Link>
            )}
          </div>
          <div className="flex items-center gap-x-2">
            {document.status === "cancelled" && <Badge color="red">cancelled</Badge>}
            <a href={pdfUrl(document.id)} download>
              <Button size="small" variant="secondary">
                Download PDF
              </Button>
            </a>
          </div>
        </div>
      </Container>
      <Container className="p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Description</Table.HeaderCell>
              <Table.HeaderCell>HSN/SAC</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Qty</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Taxable</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Rate</Table.HeaderCell>
              <Table.HeaderCell className="text-right">IGST</Table.HeaderCell>
              <Table.HeaderCell className="text-right">CGST</Table.HeaderCell>
              <Table.HeaderCell className="text-right">SGST/UTGST</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {document.lines.map((l) => (
              <Table.Row key={l.id}>
                <Table.Cell>{l.description}</Table.Cell>
                <Table.Cell className="font-mono">{l.hsn_code}</Table.Cell>
                <Table.Cell className="text-right">
                  {quantityText(l)}
                </Table.Cell>
                <Table.Cell className="text-right">{money(l.taxable_value, c)}</Table.Cell>
                <Table.Cell className="text-right">{Number(l.rate)}%</Table.Cell>
                <Table.Cell className="text-right">{money(l.igst, c)}</Table.Cell>
                <Table.Cell className="text-right">{money(l.cgst, c)}</Table.Cell>
                <Table.Cell className="text-right">{money(Number(l.sgst) + Number(l.utgst), c)}</Table.Cell>
                <Table.Cell className="text-right">{money(l.total, c)}</Table.Cell>
              </Table.Row>
            ))}
            <Table.Row>
              <Table.Cell className="font-medium">Total{Number(document.round_off) !== 0 ? ` (round-off ${money(document.round_off, c)})` : ""}</Table.Cell>
              <Table.Cell />
              <Table.Cell />
              <Table.Cell className="text-right">{money(document.taxable_value, c)}</Table.Cell>
              <Table.Cell />
              <Table.Cell className="text-right">{money(document.igst, c)}</Table.Cell>
              <Table.Cell className="text-right">{money(document.cgst, c)}</Table.Cell>
              <Table.Cell className="text-right">{money(Number(document.sgst) + Number(document.utgst), c)}</Table.Cell>
              <Table.Cell className="text-right font-medium">{money(document.total, c)}</Table.Cell>
            </Table.Row>
          </Table.Body>
        </Table>
      </Container>
      <Container className="px-6 py-4">
        <Heading level="h2">Ledger entries</Heading>
        {document.ledger_entries.map((e) => (
          <Text key={e.id} size="small">
            {e.entry_date} · {e.entry_type} · {e.tax_head} {money(e.amount, c)}
          </Text>
        ))}
      </Container>
      {document.document_type === "invoice" && (
        <Container className="px-6 py-4">
          <Heading level="h2">Credit notes</Heading>
          {document.credit_notes.length === 0 && <Text size="small" className="text-ui-fg-subtle">None issued.</Text>}
          {document.credit_notes.map((n) => (
            <div key={n.id} className="flex items-center gap-x-3">
              <Link to={`/gst/invoices/${n.id}`} className="text-ui-fg-interactive font-mono">
                {n.number}
              </Link>
              <Text size="small">
                {n.issue_date} · {money(n.total, c)}
              </Text>
              <a href={pdfUrl(n.id)} download className="text-ui-fg-interactive txt-compact-small">
                PDF
              </a>
            </div>
          ))}
          {document.status === "issued" && (
            <form onSubmit={credit} className="mt-4 flex flex-col gap-y-2" data-testid="gst-credit-note-form">
              <Text size="small" className="text-ui-fg-subtle">
                Credit a post-sale discount: the amount per line includes GST; tax is reversed in proportion.
              </Text>
              {document.lines.map((l) => (
                <div key={l.id} className="grid grid-cols-2 items-center gap-2">
                  <Label htmlFor={`credit-${l.id}`}>{l.description}</Label>
                  <Input
                    id={`credit-${l.id}`}
                    placeholder="0.00"
                    value={amounts[l.id] ?? ""}
                    onChange={(e) => setAmounts({ ...amounts, [l.id]: e.target.value })}
                  />
                </div>
              ))}
              <Input placeholder="Reason (e.g. discount agreed after sale)" value={reason} onChange={(e) => setReason(e.target.value)} />
              <div className="flex items-center justify-between">
                <Text size="small" className="text-ui-fg-error">
                  {formError}
                </Text>
                <Button type="submit" size="small">
                  Issue credit note
                </Button>
              </div>
            </form>
          )}
        </Container>
      )}
    </div>
  )
}

export default TaxDocumentPage
