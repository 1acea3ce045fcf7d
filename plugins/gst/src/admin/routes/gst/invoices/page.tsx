import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage, sdk } from "../../../lib/sdk"
import { DOCUMENT_LABELS, money, pdfUrl, TaxDocumentList } from "./types"
import { PageFooter } from "../../../components/page-footer"

const PAGE_SIZE = 20

type MissingOrders = { orders: { id: string; display_id: number; email: string; created_at: string }[] }

const InvoicesPage = () => {
  const [list, setList] = useState<TaxDocumentList | null>(null)
  const [missing, setMissing] = useState<MissingOrders | null>(null)
  const [page, setPage] = useState(0)
  const [filters, setFilters] = useState({ document_type: "all", period: "", supplier_gstin: "", q: "" })

  const load = useCallback(async () => {
    const query: Record<string, string | number> = { limit: PAGE_SIZE, offset: page * PAGE_SIZE }
    if (filters.document_type !== "all") query.document_type = filters.document_type
    if (filters.period) query.period = filters.period
    if (filters.supplier_gstin) query.supplier_gstin = filters.supplier_gstin
    if (filters.q) query.q = filters.q
    try {
      setList(await sdk.client.fetch<TaxDocumentList>("/admin/gst/invoices", { query }))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [page, filters])

  const loadMissing = useCallback(async () => {
    try {
      setMissing(await sdk.client.fetch<MissingOrders>("/admin/gst/invoices/missing", { query: { limit: 50 } }))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])
  useEffect(() => {
    void loadMissing()
  }, [loadMissing])

  const issue = async (orderId: string) => {
    try {
      await sdk.client.fetch("/admin/gst/invoices", { method: "POST", body: { order_id: orderId } })
      toast.success("Tax invoice issued")
      await Promise.all([load(), loadMissing()])
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  const pages = list ? Math.max(1, Math.ceil(list.count / PAGE_SIZE)) : 1
  const setFilter = (name: keyof typeof filters, value: string) => {
    setPage(0)
    setFilters({ ...filters, [name]: value })
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      {missing && missing.orders.length > 0 && (
        <Container className="px-6 py-4" data-testid="gst-missing-invoices">
          <Heading level="h2">Orders without a tax invoice</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Their invoice could not be issued (no GST registration, or a product without HSN). Fix the cause, then issue it.
          </Text>
          <div className="mt-2 flex flex-col gap-y-1">
            {missing.orders.map((o) => (
              <div key={o.id} className="flex items-center justify-between">
                <Link to={`/orders/${o.id}`} className="text-ui-fg-interactive">
                  Order #{o.display_id} · {o.email}
                </Link>
                <Button size="small" variant="secondary" onClick={() => issue(o.id)}>
                  Issue invoice
                </Button>
              </div>
            ))}
          </div>
        </Container>
      )}
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div>
            <Heading level="h1">Tax invoices and credit notes</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Issued on order placement (CGST Rules r.46); credit notes on returns, refunds and post-sale discounts (CGST Act s.34).
            </Text>
          </div>
          <div className="grid grid-cols-4 gap-2">
            <Select value={filters.document_type} onValueChange={(v) => setFilter("document_type", v)}>
              <Select.Trigger>
                <Select.Value placeholder="Type" />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="all">All documents</Select.Item>
                <Select.Item value="invoice">Tax invoices</Select.Item>
                <Select.Item value="credit_note">Credit notes</Select.Item>
              </Select.Content>
            </Select>
            <Input placeholder="Period YYYY-MM" value={filters.period} onChange={(e) => setFilter("period", e.target.value)} />
            <Input placeholder="Supplier GSTIN" value={filters.supplier_gstin} onChange={(e) => setFilter("supplier_gstin", e.target.value)} />
            <Input placeholder="Number contains…" value={filters.q} onChange={(e) => setFilter("q", e.target.value)} />
          </div>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Number</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Buyer</Table.HeaderCell>
              <Table.HeaderCell>Section</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Tax</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list?.tax_documents.map((d) => (
              <Table.Row key={d.id} data-testid="gst-document-row">
                <Table.Cell className="font-mono">
                  <Link to={`/gst/invoices/${d.id}`} className="text-ui-fg-interactive">
                    {d.number}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <Badge color={d.document_type === "credit_note" ? "orange" : "blue"}>{DOCUMENT_LABELS[d.document_type]}</Badge>
                  {d.status === "cancelled" && <Badge color="red">cancelled</Badge>}
                </Table.Cell>
                <Table.Cell>{d.issue_date}</Table.Cell>
                <Table.Cell>
                  {d.buyer_name}
                  {d.buyer_gstin ? <span className="text-ui-fg-subtle font-mono"> · {d.buyer_gstin}</span> : null}
                </Table.Cell>
                <Table.Cell>{d.supply_type.toUpperCase()}</Table.Cell>
                <Table.Cell className="text-right">
                  {money(Number(d.igst) + Number(d.cgst) + Number(d.sgst) + Number(d.utgst) + Number(d.cess), d.currency_code)}
                </Table.Cell>
                <Table.Cell className="text-right">{money(d.total, d.currency_code)}</Table.Cell>
                <Table.Cell>
                  <a href={pdfUrl(d.id)} download className="text-ui-fg-interactive txt-compact-small">
                    PDF
                  </a>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {list && list.count === 0 && <Text className="px-6 py-4 text-ui-fg-subtle">No documents match these filters.</Text>}
        <PageFooter summary={list ? `${list.count} document${list.count === 1 ? "" : "s"}` : null} page={page} pages={pages} onPage={setPage} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Tax invoices",
  icon: DocumentText,
})

export default InvoicesPage
