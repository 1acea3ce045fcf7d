import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage, sdk } from "../../lib/sdk"

type Settlement = {
  id: string
  distributor_id: string
  distributor?: { slug: string; legal_name: string; trade_name: string | null }
  period_start: string
  period_end: string
  gross_amount: number
  net_payable: number
  status: string
}

const inr = (value: number | string) =>
  new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" }).format(Number(value))
const day = (value: string) => new Date(value).toLocaleDateString("en-IN")

/** Settlements per distributor and period, and the action that closes a period (issue #4 point 5). */
const SettlementsPage = () => {
  const [rows, setRows] = useState<Settlement[]>([])
  const [start, setStart] = useState("")
  const [end, setEnd] = useState("")
  const [busy, setBusy] = useState(false)

  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      const body = await sdk.client.fetch<{ settlements: Settlement[] }>("/admin/settlements", { query: { limit: 100 } })
      setRows(body.settlements)
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [])
  useEffect(() => {
    load()
  }, [load])

  const close = async () => {
    setBusy(true)
    setError(null)
    try {
      const body = await sdk.client.fetch<{ settlements: { created: boolean }[]; count: number }>("/admin/settlements/close", {
        method: "POST",
        body: { period_start: start, period_end: end },
      })
      const created = body.settlements.filter((s) => s.created).length
      toast.success(
        body.count
          ? `${created} settlement(s) closed, ${body.count - created} were closed already`
          : "No distributor had orders before the period's end: nothing to settle"
      )
      await load()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h1">Settlements</Heading>
      </div>
      <div className="flex items-end gap-3 px-6 py-4">
        <div>
          <Label htmlFor="period_start">Period start</Label>
          <Input id="period_start" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div>
          <Label htmlFor="period_end">Period end (exclusive)</Label>
          <Input id="period_end" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </div>
        <Button onClick={close} isLoading={busy} disabled={!start || !end}>
          Close period for all distributors
        </Button>
      </div>
      {error && (
        <Text size="small" className="px-6 py-2 text-ui-fg-error" data-testid="settlement-close-error">
          {error}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Distributor</Table.HeaderCell>
            <Table.HeaderCell>Period</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Gross</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Net payable</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((s) => (
            <Table.Row key={s.id} data-testid="settlement-row">
              <Table.Cell>
                <Link to={`/settlements/${s.id}`} className="text-ui-fg-interactive">{s.distributor?.trade_name || s.distributor?.legal_name || s.distributor_id}</Link>
              </Table.Cell>
              <Table.Cell>
                {day(s.period_start)} – {day(s.period_end)}
              </Table.Cell>
              <Table.Cell className="text-right">{inr(s.gross_amount)}</Table.Cell>
              <Table.Cell className="text-right">{inr(s.net_payable)}</Table.Cell>
              <Table.Cell>
                <Badge color={s.status === "paid" ? "green" : "orange"}>{s.status}</Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!rows.length && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No settlement yet: close a period that has ended.</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Settlements", icon: Cash })

export default SettlementsPage
