import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Select, Table, Text, toast, Toaster } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { CommissionRule, Distributor, errorMessage, indianDate, rupees, sdk } from "../../lib/sdk"

const SCOPES: CommissionRule["scope"][] = ["default", "distributor", "category", "product"]
const SCOPE_LABEL: Record<CommissionRule["scope"], string> = {
  default: "Default (everything)",
  distributor: "Distributor",
  category: "Product category",
  product: "Product",
}

type RuleList = { commission_rules: CommissionRule[]; count: number }

const today = () => new Date().toISOString().slice(0, 10)

const EMPTY_FORM = {
  name: "",
  scope: "default" as CommissionRule["scope"],
  scope_id: "",
  type: "percent" as CommissionRule["type"],
  value: "",
  effective_from: today(),
  effective_to: "",
  priority: "0",
}

function ruleValue(rule: CommissionRule): string {
  return rule.type === "percent" ? `${rule.value}% of the line` : `${rupees(rule.value)} per unit`
}

/** The operator's commission: the rules in force, the form that adds one, and switching a rule off or removing it. */
const CommissionRulesPage = () => {
  const [list, setList] = useState<RuleList | null>(null)
  const [distributors, setDistributors] = useState<Distributor[]>([])
  const [form, setForm] = useState(EMPTY_FORM)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try {
      setList(await sdk.client.fetch<RuleList>("/admin/commission-rules", { query: { limit: 200 } }))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [])

  useEffect(() => {
    void load()
    sdk.client
      .fetch<{ distributors: Distributor[] }>("/admin/distributors", { query: { limit: 200 } })
      .then((data) => setDistributors(data.distributors))
      .catch((e) => toast.error(errorMessage(e)))
  }, [load])

  const set = (key: keyof typeof EMPTY_FORM) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  const target = (rule: CommissionRule) => {
    if (rule.scope === "default") return "all sales"
    if (rule.scope === "distributor") {
      const d = distributors.find((x) => x.id === rule.scope_id)
      return d ? d.trade_name || d.legal_name : rule.scope_id
    }
    return rule.scope_id
  }

  const create = async () => {
    setBusy(true)
    setError(null)
    try {
      await sdk.client.fetch("/admin/commission-rules", {
        method: "POST",
        body: {
          name: form.name.trim() || null,
          scope: form.scope,
          scope_id: form.scope === "default" ? null : form.scope_id.trim() || null,
          type: form.type,
          value: form.value.trim(),
          effective_from: form.effective_from,
          effective_to: form.effective_to || null,
          priority: Number.parseInt(form.priority || "0", 10),
        },
      })
      toast.success("Commission rule added")
      setForm({ ...EMPTY_FORM, effective_from: today() })
      await load()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const toggle = async (rule: CommissionRule) => {
    try {
      await sdk.client.fetch(`/admin/commission-rules/${rule.id}`, { method: "POST", body: { is_active: !rule.is_active } })
      await load()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  const remove = async (rule: CommissionRule) => {
    if (!window.confirm(`Delete the commission rule "${rule.name ?? ruleValue(rule)}"?`)) return
    try {
      await sdk.client.fetch(`/admin/commission-rules/${rule.id}`, { method: "DELETE" })
      toast.success("Commission rule deleted")
      await load()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Toaster />
      <Container className="flex flex-col gap-y-4">
        <div>
          <Heading level="h1">Commission rules</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The most specific rule in force on the order date applies: product, then category, then distributor, then
            default; among equals the higher priority.
          </Text>
        </div>
        <div className="grid grid-cols-4 gap-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-name">Name</Label>
            <Input id="rule-name" value={form.name} onChange={(e) => set("name")(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-scope">Applies to</Label>
            <Select value={form.scope} onValueChange={(v) => setForm((f) => ({ ...f, scope: v as CommissionRule["scope"], scope_id: "" }))}>
              <Select.Trigger id="rule-scope">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {SCOPES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {SCOPE_LABEL[s]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {form.scope === "distributor" && (
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="rule-distributor">Distributor</Label>
              <Select value={form.scope_id} onValueChange={set("scope_id")}>
                <Select.Trigger id="rule-distributor">
                  <Select.Value placeholder="Choose a distributor" />
                </Select.Trigger>
                <Select.Content>
                  {distributors.map((d) => (
                    <Select.Item key={d.id} value={d.id}>
                      {d.trade_name || d.legal_name}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
          )}
          {(form.scope === "category" || form.scope === "product") && (
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="rule-scope-id">{form.scope === "category" ? "Category id (pcat_…)" : "Product id (prod_…)"}</Label>
              <Input id="rule-scope-id" value={form.scope_id} onChange={(e) => set("scope_id")(e.target.value)} />
            </div>
          )}
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-type">Type</Label>
            <Select value={form.type} onValueChange={set("type")}>
              <Select.Trigger id="rule-type">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="percent">Percent of the line's value</Select.Item>
                <Select.Item value="flat">Rupees per unit</Select.Item>
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-value">{form.type === "percent" ? "Percent" : "Rupees per unit"}</Label>
            <Input id="rule-value" value={form.value} placeholder={form.type === "percent" ? "5" : "15.50"} onChange={(e) => set("value")(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-from">In force from</Label>
            <Input id="rule-from" type="date" value={form.effective_from} onChange={(e) => set("effective_from")(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-to">Until (exclusive, optional)</Label>
            <Input id="rule-to" type="date" value={form.effective_to} onChange={(e) => set("effective_to")(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="rule-priority">Priority</Label>
            <Input id="rule-priority" type="number" value={form.priority} onChange={(e) => set("priority")(e.target.value)} />
          </div>
        </div>
        {error && (
          <Text size="small" className="text-ui-fg-error" data-testid="commission-rule-error">
            {error}
          </Text>
        )}
        <div>
          <Button onClick={create} isLoading={busy} disabled={!form.value.trim() || !form.effective_from}>
            Add rule
          </Button>
        </div>
      </Container>

      <Container className="p-0">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Applies to</Table.HeaderCell>
              <Table.HeaderCell>Commission</Table.HeaderCell>
              <Table.HeaderCell>In force</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Priority</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(list?.commission_rules ?? []).map((rule) => (
              <Table.Row key={rule.id} data-testid="commission-rule-row">
                <Table.Cell>{rule.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  {SCOPE_LABEL[rule.scope]}
                  {rule.scope === "default" ? "" : `: ${target(rule)}`}
                </Table.Cell>
                <Table.Cell>{ruleValue(rule)}</Table.Cell>
                <Table.Cell>
                  {indianDate(rule.effective_from)} – {rule.effective_to ? indianDate(rule.effective_to) : "open"}
                </Table.Cell>
                <Table.Cell className="text-right">{rule.priority}</Table.Cell>
                <Table.Cell>
                  <Badge color={rule.is_active ? "green" : "grey"}>{rule.is_active ? "active" : "off"}</Badge>
                </Table.Cell>
                <Table.Cell className="flex gap-x-2">
                  <Button size="small" variant="secondary" onClick={() => toggle(rule)}>
                    {rule.is_active ? "Switch off" : "Switch on"}
                  </Button>
                  <Button size="small" variant="danger" onClick={() => remove(rule)}>
                    Delete
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {list ? (list.count ? `${list.count} rules` : "No rule yet: without one, no commission is deducted.") : "Loading…"}
        </Text>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Commission rules", icon: ReceiptPercent })

export default CommissionRulesPage
