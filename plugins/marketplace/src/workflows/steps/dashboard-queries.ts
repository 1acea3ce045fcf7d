import { paiseOf, rupeesOf } from "../../lib/settlement-money"

/** knex, as Medusa registers it under ContainerRegistrationKeys.PG_CONNECTION. */
type Knex = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

export type DashboardRange = { from?: Date | null; to?: Date | null }

const money = (value: unknown) => rupeesOf(paiseOf(value ?? "0"))

function rangeSql(column: string, range: DashboardRange, bindings: unknown[]) {
  let sql = ""
  if (range.from) {
    bindings.push(range.from)
    sql += ` AND ${column} >= ?`
  }
  if (range.to) {
    bindings.push(range.to)
    sql += ` AND ${column} < ?`
  }
  return sql
}

/**
 * A distributor's own figures, each one set-based query over indexed columns (distributor_id, created_at):
 * sales and orders (cancelled ones left out), payout still owed on closed settlements, top products by sales
 * and the fulfilment rate (shipped or delivered among orders not cancelled).
 */
export async function distributorDashboard(knex: Knex, distributorId: string, range: DashboardRange) {
  const b1: unknown[] = [distributorId]
  const totals = await knex.raw(
    `SELECT count(*) FILTER (WHERE status <> 'cancelled') AS orders,
            coalesce(sum(total) FILTER (WHERE status <> 'cancelled'), 0) AS sales,
            coalesce(sum(commission_total) FILTER (WHERE status <> 'cancelled'), 0) AS commission,
            count(*) FILTER (WHERE status IN ('shipped', 'delivered', 'returned')) AS fulfilled,
            count(*) FILTER (WHERE status IN ('pending', 'accepted', 'packed')) AS awaiting
       FROM distributor_order
      WHERE deleted_at IS NULL AND distributor_id = ?${rangeSql("created_at", range, b1)}`,
    b1
  )
  const pending = await knex.raw(
    `SELECT coalesce(sum(s.net_payable), 0) - coalesce(sum(p.paid), 0) AS pending
       FROM settlement s
       LEFT JOIN (SELECT settlement_id, sum(amount) AS paid FROM payout
                   WHERE deleted_at IS NULL AND status = 'paid' GROUP BY settlement_id) p ON p.settlement_id = s.id
      WHERE s.deleted_at IS NULL AND s.distributor_id = ? AND s.status = 'closed'`,
    [distributorId]
  )
  const b2: unknown[] = [distributorId]
  const top = await knex.raw(
    `SELECT l.product_id, l.sku, sum(l.quantity - l.returned_quantity) AS quantity, sum(l.total) AS sales
       FROM distributor_order_line l
       JOIN distributor_order o ON o.id = l.distributor_order_id AND o.deleted_at IS NULL
      WHERE l.deleted_at IS NULL AND l.status <> 'cancelled' AND o.distributor_id = ?${rangeSql("o.created_at", range, b2)}
      GROUP BY l.product_id, l.sku
      ORDER BY sum(l.total) DESC, l.sku
      LIMIT 5`,
    b2
  )
  const t = totals.rows[0]
  const orders = Number(t.orders)
  const fulfilled = Number(t.fulfilled)
  return {
    orders,
    sales: money(t.sales),
    commission: money(t.commission),
    awaiting_shipment: Number(t.awaiting),
    fulfilment_rate: orders ? Math.round((fulfilled * 1000) / orders) / 10 : 0,
    pending_payout: money(pending.rows[0].pending),
    top_products: top.rows.map((r) => ({
      product_id: r.product_id as string | null,
      sku: r.sku as string | null,
      quantity: Number(r.quantity),
      sales: money(r.sales),
    })),
  }
}

/** The operator's view: distributors by status, and GMV and commission by distributor (cancelled orders left out). */
export async function marketplaceDashboard(knex: Knex, range: DashboardRange) {
  const statuses = await knex.raw(
    `SELECT status, count(*) AS count FROM distributor WHERE deleted_at IS NULL GROUP BY status ORDER BY status`
  )
  const bindings: unknown[] = []
  const byDistributor = await knex.raw(
    `SELECT d.id AS distributor_id, d.slug, coalesce(d.trade_name, d.legal_name) AS name, d.status,
            count(o.id) AS orders, coalesce(sum(o.total), 0) AS gmv, coalesce(sum(o.commission_total), 0) AS commission
       FROM distributor d
       JOIN distributor_order o ON o.distributor_id = d.id AND o.deleted_at IS NULL AND o.status <> 'cancelled'${rangeSql("o.created_at", range, bindings)}
      WHERE d.deleted_at IS NULL
      GROUP BY d.id
      ORDER BY sum(o.total) DESC, d.slug`,
    bindings
  )
  const rows = byDistributor.rows.map((r) => ({
    distributor_id: r.distributor_id as string,
    slug: r.slug as string,
    name: r.name as string,
    status: r.status as string,
    orders: Number(r.orders),
    gmv: money(r.gmv),
    commission: money(r.commission),
  }))
  return {
    distributors_by_status: statuses.rows.map((r) => ({ status: r.status as string, count: Number(r.count) })),
    by_distributor: rows,
    gmv: rupeesOf(rows.reduce((s, r) => s + paiseOf(r.gmv), 0n)),
    commission: rupeesOf(rows.reduce((s, r) => s + paiseOf(r.commission), 0n)),
  }
}
