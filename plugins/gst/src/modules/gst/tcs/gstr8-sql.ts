/**
 * GSTR-8 of one operator GSTIN and period in one set-based statement over the GST ledger.
 *
 * TCS rows count in their own period (the month of the supplies); a reversal of a TCS row counts in the
 * reversed row's period, with its figures negated, at its own posting time. Each posting is reported once:
 *   - in the statement of its own period when posted before that statement was filed (or it is not filed);
 *   - otherwise as an amendment (tcsa, CGST Rules r.67 / GSTR-8 Table 4) in the first later statement that
 *     had not been filed when it was posted.
 * An amendment row carries the supplier's revised totals for the original period: everything posted for it
 * up to the statement being prepared (up to its filing, once filed).
 *
 * Such a late posting is always newer than the filing of the month before the statement (that statement, or
 * an earlier one, would otherwise report it), so amendments are looked for only among postings in
 * (previous month's filing, this statement's filing] — an index range on (entry_type, gstin, created_at) —
 * and the period's own rows through (entry_type, gstin, period). History is never scanned.
 *
 * Bindings: gstr8Bindings(gstin, period).
 */
export const GSTR8_SQL = `
WITH periods AS (
  SELECT period, filed_at FROM gst_tcs_period WHERE gstin = ? AND deleted_at IS NULL
),
target AS (
  SELECT ?::text AS period,
         COALESCE((SELECT filed_at FROM periods WHERE period = ?), 'infinity'::timestamptz) AS cutoff,
         (SELECT filed_at FROM periods WHERE period = to_char(to_date(?, 'YYYY-MM') - interval '1 month', 'YYYY-MM')) AS previous_filed
),
own AS (
  SELECT t.id, t.counterparty_gstin AS stin, t.period, t.tax_head, COALESCE(t.buyer_registered, false) AS reg,
         COALESCE(t.supplies_value, 0) AS sup, COALESCE(t.returns_value, 0) AS ret, t.taxable_value AS net, t.amount, t.created_at
  FROM gst_ledger_entry t CROSS JOIN target
  WHERE t.entry_type = 'tcs' AND t.gstin = ? AND t.period = target.period AND t.deleted_at IS NULL
),
own_and_reversals AS (
  SELECT stin, period, tax_head, reg, sup, ret, net, amount, created_at FROM own
  UNION ALL
  SELECT o.stin, o.period, o.tax_head, o.reg, -o.sup, -o.ret, r.taxable_value, r.amount, r.created_at
  FROM own o JOIN gst_ledger_entry r ON r.reverses_entry_id = o.id AND r.entry_type = 'reversal' AND r.deleted_at IS NULL
),
late AS MATERIALIZED (
  SELECT e.counterparty_gstin AS stin, e.period, e.created_at
  FROM target JOIN gst_ledger_entry e ON e.created_at > target.previous_filed AND e.created_at <= target.cutoff
  WHERE e.entry_type = 'tcs' AND e.gstin = ? AND e.deleted_at IS NULL AND e.period < target.period
  UNION ALL
  SELECT t.counterparty_gstin, t.period, e.created_at
  FROM target JOIN gst_ledger_entry e ON e.created_at > target.previous_filed AND e.created_at <= target.cutoff
  JOIN gst_ledger_entry t ON t.id = e.reverses_entry_id AND t.entry_type = 'tcs' AND t.period < target.period
  WHERE e.entry_type = 'reversal' AND e.gstin = ? AND e.deleted_at IS NULL
),
amended AS (
  SELECT DISTINCT l.period, l.stin
  FROM late l
  JOIN periods own ON own.period = l.period AND own.filed_at < l.created_at
  CROSS JOIN target
  WHERE TRUE
    -- every month between the original period and this one was filed before the posting
    AND (SELECT COUNT(*) FROM periods q WHERE q.period > l.period AND q.period < target.period AND q.filed_at < l.created_at)
        = ((EXTRACT(YEAR FROM to_date(target.period, 'YYYY-MM')) * 12 + EXTRACT(MONTH FROM to_date(target.period, 'YYYY-MM')))
         - (EXTRACT(YEAR FROM to_date(l.period, 'YYYY-MM')) * 12 + EXTRACT(MONTH FROM to_date(l.period, 'YYYY-MM'))) - 1)
),
revised_rows AS (
  SELECT t.id, t.counterparty_gstin AS stin, t.period, t.tax_head, COALESCE(t.buyer_registered, false) AS reg,
         COALESCE(t.supplies_value, 0) AS sup, COALESCE(t.returns_value, 0) AS ret, t.taxable_value AS net, t.amount, t.created_at
  FROM amended a
  JOIN gst_ledger_entry t ON t.entry_type = 'tcs' AND t.gstin = ? AND t.period = a.period AND t.counterparty_gstin = a.stin AND t.deleted_at IS NULL
),
revised AS (
  SELECT stin, period, tax_head, reg, sup, ret, net, amount, created_at FROM revised_rows
  UNION ALL
  SELECT o.stin, o.period, o.tax_head, o.reg, -o.sup, -o.ret, r.taxable_value, r.amount, r.created_at
  FROM revised_rows o JOIN gst_ledger_entry r ON r.reverses_entry_id = o.id AND r.entry_type = 'reversal' AND r.deleted_at IS NULL
),
reported AS (
  SELECT 'tcs' AS section, NULL::text AS original_period, x.stin, x.tax_head, x.reg, x.sup, x.ret, x.net, x.amount
  FROM own_and_reversals x CROSS JOIN target WHERE x.created_at <= target.cutoff
  UNION ALL
  SELECT 'tcsa', x.period, x.stin, x.tax_head, x.reg, x.sup, x.ret, x.net, x.amount
  FROM revised x CROSS JOIN target WHERE x.created_at <= target.cutoff
)
SELECT section, original_period, stin,
  ROUND(COALESCE(SUM(sup) FILTER (WHERE reg AND tax_head IN ('IGST', 'CGST')), 0), 2)::text AS sup_r,
  ROUND(COALESCE(SUM(ret) FILTER (WHERE reg AND tax_head IN ('IGST', 'CGST')), 0), 2)::text AS retsup_r,
  ROUND(COALESCE(SUM(sup) FILTER (WHERE NOT reg AND tax_head IN ('IGST', 'CGST')), 0), 2)::text AS sup_u,
  ROUND(COALESCE(SUM(ret) FILTER (WHERE NOT reg AND tax_head IN ('IGST', 'CGST')), 0), 2)::text AS retsup_u,
  ROUND(COALESCE(SUM(net) FILTER (WHERE tax_head IN ('IGST', 'CGST')), 0), 2)::text AS amt,
  ROUND(COALESCE(SUM(amount) FILTER (WHERE tax_head = 'IGST'), 0), 2)::text AS iamt,
  ROUND(COALESCE(SUM(amount) FILTER (WHERE tax_head = 'CGST'), 0), 2)::text AS camt,
  ROUND(COALESCE(SUM(amount) FILTER (WHERE tax_head IN ('SGST', 'UTGST')), 0), 2)::text AS samt
FROM reported
GROUP BY section, original_period, stin
ORDER BY section, original_period NULLS FIRST, stin
`

/** The bindings of GSTR8_SQL for a GSTIN and period. */
export function gstr8Bindings(gstin: string, period: string): unknown[] {
  return [gstin, period, period, period, gstin, gstin, gstin, gstin]
}
