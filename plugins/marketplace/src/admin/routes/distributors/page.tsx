import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { Distributor, errorMessage, GSTIN_STATUS_COLOR, sdk, STATUS_COLOR } from "../../lib/sdk"

const PAGE_SIZE = 20
const STATUSES = ["all", "pending", "in_review", "verified", "rejected", "suspended"]

type DistributorList = { distributors: Distributor[]; count: number; offset: number; limit: number }

const DistributorsPage = () => {
  const [list, setList] = useState<DistributorList | null>(null)
  const [status, setStatus] = useState("all")
  const [q, setQ] = useState("")
  const [page, setPage] = useState(0)

  const load = useCallback(async () => {
    try {
      const query: Record<string, string | number> = { limit: PAGE_SIZE, offset: page * PAGE_SIZE }
      if (status !== "all") query.status = status
      if (q.trim()) query.q = q.trim()
      setList(await sdk.client.fetch<DistributorList>("/admin/distributors", { query }))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [page, status, q])

  useEffect(() => {
    void load()
  }, [load])

  const pages = list ? Math.max(1, Math.ceil(list.count / PAGE_SIZE)) : 1

  return (
    <Container className="divide-y p-0">
      <Toaster />
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Distributors</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Businesses that sell and fulfil your catalogue under their own GSTIN
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Input placeholder="Search name or GSTIN" value={q} onChange={(e) => { setPage(0); setQ(e.target.value) }} />
          <Select value={status} onValueChange={(value) => { setPage(0); setStatus(value) }}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {s.replace("_", " ")}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Distributor</Table.HeaderCell>
            <Table.HeaderCell>GSTIN</Table.HeaderCell>
            <Table.HeaderCell>Email</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list?.distributors ?? []).map((d) => (
            <Table.Row key={d.id} data-testid="distributor-row">
              <Table.Cell>
                <Link to={`/distributors/${d.id}`} className="text-ui-fg-interactive">
                  {d.trade_name || d.legal_name}
                </Link>
              </Table.Cell>
              <Table.Cell>
                <span className="font-mono">{d.gstin}</span>
                {d.gstin_status !== "active" && (
                  <Badge size="2xsmall" color={GSTIN_STATUS_COLOR[d.gstin_status]} className="ml-2" data-testid="distributor-gstin-status">
                    GSTIN {d.gstin_status}
                  </Badge>
                )}
              </Table.Cell>
              <Table.Cell>{d.email}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS_COLOR[d.status]}>{d.status.replace("_", " ")}</Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small">{list ? `${list.count} distributors` : "Loading…"}</Text>
        <div className="flex gap-x-2">
          <Button variant="secondary" size="small" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </Button>
          <Button variant="secondary" size="small" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
            Next
          </Button>
        </div>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Distributors", icon: Buildings })

export default DistributorsPage
