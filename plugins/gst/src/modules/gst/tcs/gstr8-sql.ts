/**
 * GSTR-8 of one operator GSTIN and period in one set-based statement over the GST ledger.
 *
 * `posted` is every TCS row of the GSTIN up to the period, with each reversal of a TCS row counted in the
 * original row's period (negated figures, the reversal's own posting time). Each posting is reported once:
 *   - in the statement of its own period when posted before that statement was filed (or it is not filed);
 *   - otherwise as an amendment (tcsa, CGST Rules r.67 / GSTR-8 Table 4) in the first later statement that
 *     had not been filed when the posting was made.
 * An amendment row carries the supplier's revised totals for the original period: everything posted for it
 * up to the statement being prepared (up to its filing, once filed).
 *
 * Parameters, in order: gstin, period (YYYY-MM), repeated where the text says `?`.
 */
export const GSTR8_SQL = `
WITH periods AS (
  SELECT period, filed_at FROM gst_tcs_period WHERE gstin = ? AND deleted_at IS NULL
),
target AS (
  SELECT ?::text AS period,
         COALESCE((SELECT filed_at FROM periods WHERE period = ?), 'infinity'::timestamptz) AS cutoff
),
posted AS (
  SELECT t.counterparty_gstin AS stin, t.period, t.tax_head, COALESCE(t.buyer_registered, false) AS reg,
         COALESCE(t.supplies_value, 0) AS sup, COALESCE(t.returns_value, 0) AS ret, t.taxable_value AS net,
         t.amount, t.created_at
  FROM gst_ledger_entry t, target
  WHERE t.entry_type = 'tcs' AND t.gstin = ? AND t.deleted_at IS NULL AND t.period <= target.period
  UNION ALL
  SELECT t.counterparty_gstin, t.period, t.tax_head, COALESCE(t.buyer_registered, false),
         -COALESCE(t.supplies_value, 0), -COALESCE(t.returns_value, 0), r.taxable_value, r.amount, r.created_at
  FROM gst_ledger_entry r
  JOIN gst_ledger_entry t ON t.id = r.reverses_entry_id AND t.entry_type = 'tcs' AND t.deleted_at IS NULL
  CROSS JOIN target
  WHERE r.entry_type = 'reversal' AND r.gstin = ? AND r.deleted_at IS NULL AND t.period <= target.period
),
visible AS (
  SELECT p.* FROM posted p, target WHERE p.created_at <= target.cutoff
),
amended AS (
  -- (original period, supplier) pairs with a posting this statement reports as an amendment
  SELECT DISTINCT p.period, p.stin
  FROM visible p
  JOIN periods own ON own.period = p.period AND own.filed_at IS NOT NULL AND p.created_at > own.filed_at
  CROSS JOIN target
  WHERE p.period < target.period
    AND NOT EXISTS (SELECT 1 FROM periods x WHERE x.period = target.period AND x.filed_at < p.created_at)
    AND (SELECT COUNT(*) FROM periods q WHERE q.period > p.period AND q.period < target.period AND q.filed_at < p.created_at)
        = ((EXTRACT(YEAR FROM to_date(target.period, 'YYYY-MM')) * 12 + EXTRACT(MONTH FROM to_date(target.period, 'YYYY-MM')))
         - (EXTRACT(YEAR FROM to_date(p.period, 'YYYY-MM')) * 12 + EXTRACT(MONTH FROM to_date(p.period, 'YYYY-MM'))) - 1)
),
reported AS (
  SELECT 'tcs' AS section, NULL::text AS original_period, v.*
  FROM visible v, target
  WHERE v.period = target.period
    AND NOT EXISTS (SELECT 1 FROM periods own WHERE own.period = v.period AND own.filed_at < v.created_at)
  UNION ALL
  SELECT 'tcsa', v.period, v.*
  FROM visible v JOIN amended a ON a.period = v.period AND a.stin = v.stin
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
  return [gstin, period, period, gstin, gstin]
}
