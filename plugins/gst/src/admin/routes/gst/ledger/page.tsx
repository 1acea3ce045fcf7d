import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { errorMessage, sdk } from "../../../lib/sdk"
import { LedgerBalance, LedgerList, money } from "../invoices/types"
import { PageFooter } from "../../../components/page-footer"

const PAGE_SIZE = 50

/** The append-only GST ledger with net tax per period and head; a wrong entry is corrected by reversing it. */
const LedgerPage = () => {
  const [list, setList] = useState<LedgerList | null>(null)
  const [balances, setBalances] = useState<LedgerBalance[]>([])
  const [page, setPage] = useState(0)
  const [filters, setFilters] = useState({ gstin: "", period: "", from: "", to: "" })

  const load = useCallback(async () => {
    const listQuery: Record<string, string | number> = { limit: PAGE_SIZE, offset: page * PAGE_SIZE }
    if (filters.gstin) listQuery.gstin = filters.gstin
    if (filters.period) listQuery.period = filters.period
    const balanceQuery: Record<string, string> = {}
    if (filters.gstin) balanceQuery.gstin = filters.gstin
    if (filters.from) balanceQuery.from = filters.from
    if (filters.to) balanceQuery.to = filters.to
    try {
      const [entries, totals] = await Promise.all([
        sdk.client.fetch<LedgerList>("/admin/gst/ledger", { query: listQuery }),
        sdk.client.fetch<{ balances: LedgerBalance[] }>("/admin/gst/ledger/balances", { query: balanceQuery }),
      ])
      setList(entries)
      setBalances(totals.balances)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [page, filters])

  useEffect(() => {
    void load()
  }, [load])

  const reverse = async (id: string) => {
    const reason = window.prompt("Why is this entry reversed?")
    if (!reason) return
    try {
      await sdk.client.fetch(`/admin/gst/ledger/${id}/reverse`, { method: "POST", body: { reason } })
      toast.success("Reversal posted")
      await load()
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
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <Heading level="h1">GST ledger</Heading>
          <div className="grid grid-cols-4 gap-2">
            <Input placeholder="GSTIN" value={filters.gstin} onChange={(e) => setFilter("gstin", e.target.value)} />
            <Input placeholder="Entries of period YYYY-MM" value={filters.period} onChange={(e) => setFilter("period", e.target.value)} />
            <Input placeholder="Balances from YYYY-MM" value={filters.from} onChange={(e) => setFilter("from", e.target.value)} />
            <Input placeholder="Balances to YYYY-MM" value={filters.to} onChange={(e) => setFilter("to", e.target.value)} />
          </div>
        </div>
        <Table data-testid="gst-ledger-balances">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>GSTIN</Table.HeaderCell>
              <Table.HeaderCell>Period</Table.HeaderCell>
              <Table.HeaderCell>Liability</Table.HeaderCell>
              <Table.HeaderCell>Head</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Taxable value</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Net tax</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Entries</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {balances.map((b) => (
              <Table.Row key={`${b.gstin}-${b.period}-${b.liability}-${b.tax_head}`}>
                <Table.Cell className="font-mono">{b.gstin}</Table.Cell>
                <Table.Cell>{b.period}</Table.Cell>
                <Table.Cell>{b.liability === "tcs" ? "TCS collected" : "Output tax"}</Table.Cell>
                <Table.Cell>{b.tax_head}</Table.Cell>
                <Table.Cell className="text-right">{money(b.taxable_value)}</Table.Cell>
                <Table.Cell className="text-right">{money(b.amount)}</Table.Cell>
                <Table.Cell className="text-right">{b.entries}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="divide-y p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Date</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>GSTIN</Table.HeaderCell>
              <Table.HeaderCell>Head</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <Table.HeaderCell>Note</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {list?.ledger_entries.map((e) => (
              <Table.Row key={e.id} data-testid="gst-ledger-row">
                <Table.Cell>{e.entry_date}</Table.Cell>
                <Table.Cell>
                  <Badge color={e.entry_type === "output_tax" ? "green" : e.entry_type === "reversal" ? "grey" : "orange"}>{e.entry_type}</Badge>
                </Table.Cell>
                <Table.Cell className="font-mono">{e.gstin}</Table.Cell>
                <Table.Cell>{e.tax_head}</Table.Cell>
                <Table.Cell className="text-right">{money(e.amount)}</Table.Cell>
                <Table.Cell>{e.note}</Table.Cell>
                <Table.Cell>
                  {e.entry_type !== "reversal" && (
                    <Button size="small" variant="secondary" onClick={() => reverse(e.id)}>
                      Reverse
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <PageFooter summary={list ? `${list.count} entr${list.count === 1 ? "y" : "ies"}` : null} page={page} pages={pages} onPage={setPage} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "GST ledger",
  icon: BookOpen,
})

export default LedgerPage
