import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { backendHref, errorMessage, sdk } from "../../lib/sdk"
import { Bar, BarChart, CartesianGrid, Cell, Legend, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"

type Dashboard = {
  distributors_by_status: { status: string; count: number }[]
  by_distributor: { distributor_id: string; slug: string; name: string; status: string; orders: number; gmv: string; commission: string }[]
  gmv: string
  commission: string
}

const inr = (value: number | string) =>
  new Intl.NumberFormat("en-IN", { style: "currency", currency: "INR" }).format(Number(value))
const COLOURS = ["#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed"]

/** GMV and commission by distributor, distributors by status, and the table as CSV (issue #4 point 6). */
const MarketplaceDashboardPage = () => {
  const [data, setData] = useState<Dashboard | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    sdk.client
      .fetch<{ dashboard: Dashboard }>("/admin/marketplace/dashboard")
      .then((body) => setData(body.dashboard))
      .catch((e) => setError(errorMessage(e)))
  }, [])
  if (error) return <Container><Text className="text-ui-fg-error">{error}</Text></Container>
  if (!data) return <Container>Loading…</Container>
  // Charts take numbers; the figures themselves stay exact strings in the table and the CSV.
  const chart = data.by_distributor.map((d) => ({ name: d.name, GMV: Number(d.gmv), Commission: Number(d.commission) }))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between">
        <div>
          <Heading level="h1">Marketplace</Heading>
          <Text className="text-ui-fg-subtle" data-testid="marketplace-totals">
            GMV {inr(data.gmv)} · commission {inr(data.commission)}
          </Text>
        </div>
        <Button asChild variant="secondary">
          <a href={backendHref("/admin/marketplace/dashboard?format=csv")} download>
            Export CSV
          </a>
        </Button>
      </Container>
      <Container data-testid="gmv-chart">
        <Heading level="h3">GMV and commission by distributor</Heading>
        <div style={{ width: "100%", height: 320 }}>
          <ResponsiveContainer>
            <BarChart data={chart}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="name" />
              <YAxis />
              <Tooltip formatter={(value: number) => inr(value)} />
              <Legend />
              <Bar dataKey="GMV" fill={COLOURS[0]} />
              <Bar dataKey="Commission" fill={COLOURS[1]} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </Container>
      <Container data-testid="status-chart">
        <Heading level="h3">Distributors by status</Heading>
        <div style={{ width: "100%", height: 260 }}>
          <ResponsiveContainer>
            <PieChart>
              <Pie data={data.distributors_by_status} dataKey="count" nameKey="status" label>
                {data.distributors_by_status.map((row, i) => (
                  <Cell key={row.status} fill={COLOURS[i % COLOURS.length]} />
                ))}
              </Pie>
              <Legend />
              <Tooltip />
            </PieChart>
          </ResponsiveContainer>
        </div>
      </Container>
      <Container className="p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Distributor</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Orders</Table.HeaderCell>
              <Table.HeaderCell className="text-right">GMV</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Commission</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.by_distributor.map((d) => (
              <Table.Row key={d.distributor_id} data-testid="dashboard-row">
                <Table.Cell>{d.name}</Table.Cell>
                <Table.Cell>{d.status}</Table.Cell>
                <Table.Cell className="text-right">{d.orders}</Table.Cell>
                <Table.Cell className="text-right">{inr(d.gmv)}</Table.Cell>
                <Table.Cell className="text-right">{inr(d.commission)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Marketplace", icon: ChartBar })

export default MarketplaceDashboardPage
