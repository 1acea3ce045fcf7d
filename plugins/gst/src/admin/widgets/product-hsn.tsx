import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Select, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage, sdk } from "../lib/sdk"
import { HsnCode, HsnCodeList } from "../routes/gst/hsn/hsn-api"

type Linked = { id: string; code: string; description: string }
type VariantRow = { id: string; title: string; sku: string | null; gst_hsn_code?: Linked | null }

const PRODUCT = "product"

/** The product's HSN with today's rate, variant overrides, and a picker searching the HSN master. */
const ProductHsnWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const [hsn, setHsn] = useState<HsnCode | null>(null)
  const [variants, setVariants] = useState<VariantRow[]>([])
  const [loaded, setLoaded] = useState(false)
  const [q, setQ] = useState("")
  const [results, setResults] = useState<HsnCode[]>([])
  const [target, setTarget] = useState<string>(PRODUCT)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    const [{ product: withHsn }, { variants: rows }] = await Promise.all([
      sdk.client.fetch<{ product: { gst_hsn_code?: Linked | null } }>(`/admin/products/${product.id}`, {
        query: { fields: "id,*gst_hsn_code" },
      }),
      sdk.client.fetch<{ variants: VariantRow[] }>(`/admin/products/${product.id}/variants`, {
        query: { fields: "id,title,sku,*gst_hsn_code", limit: 100 },
      }),
    ])
    setVariants(rows)
    if (withHsn.gst_hsn_code) {
      const { hsn_code } = await sdk.client.fetch<{ hsn_code: HsnCode }>(`/admin/gst/hsn-codes/${withHsn.gst_hsn_code.id}`)
      setHsn(hsn_code)
    } else {
      setHsn(null)
    }
    setLoaded(true)
  }, [product.id])

  useEffect(() => {
    load().catch((e) => setError(errorMessage(e)))
  }, [load])

  useEffect(() => {
    if (!q.trim()) {
      setResults([])
      return
    }
    const timer = setTimeout(() => {
      sdk.client
        .fetch<HsnCodeList>("/admin/gst/hsn-codes", { query: { q: q.trim(), limit: 8 } })
        .then((list) => setResults(list.hsn_codes))
        .catch((e) => setError(errorMessage(e)))
    }, 250)
    return () => clearTimeout(timer)
  }, [q])

  const classify = async (hsnId: string, who: string, remove = false) => {
    setError(null)
    const isProduct = who === PRODUCT
    try {
      await sdk.client.fetch(`/admin/gst/hsn-codes/${hsnId}/${isProduct ? "products" : "variants"}`, {
        method: "POST",
        body: remove ? { remove: [isProduct ? product.id : who] } : { add: [isProduct ? product.id : who] },
      })
      toast.success(remove ? "Variant override removed" : "HSN set")
      setQ("")
      await load()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  const metadataCode = typeof product.metadata?.hsn_code === "string" ? product.metadata.hsn_code : null
  const overrides = variants.filter((v) => v.gst_hsn_code)
  const current = hsn?.current_rate

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4" data-testid="product-hsn-widget">
      <div className="flex items-center justify-between">
        <Heading level="h2">HSN / GST</Heading>
        <Link to="/gst/hsn" className="text-ui-fg-interactive txt-compact-small">
          HSN codes
        </Link>
      </div>
      {loaded && hsn && (
        <div className="flex flex-col gap-y-1">
          <div className="flex items-center gap-x-2">
            <Text className="font-mono" weight="plus">
              {hsn.code}
            </Text>
            <Badge color="green">{current ? `${current.rate}%${current.cess_rate !== "0" ? ` + ${current.cess_rate}% cess` : ""}` : "no rate in force"}</Badge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            {hsn.description}
            {current ? ` · since ${current.effective_from}` : ""} · UQC {hsn.uqc}
          </Text>
        </div>
      )}
      {loaded && !hsn && (
        <Text size="small" className="text-ui-fg-subtle">
          No HSN set: tax invoices for this product cannot show its HSN (CGST Rules r.46).
          {metadataCode ? ` Its metadata says ${metadataCode}.` : ""}
        </Text>
      )}
      {overrides.length > 0 && (
        <div className="flex flex-col gap-y-1">
          <Text size="small" weight="plus">
            Variant overrides
          </Text>
          {overrides.map((v) => (
            <div key={v.id} className="flex items-center justify-between">
              <Text size="small">
                {v.title} → <span className="font-mono">{v.gst_hsn_code!.code}</span>
              </Text>
              <Button size="small" variant="transparent" onClick={() => classify(v.gst_hsn_code!.id, v.id, true)}>
                Remove
              </Button>
            </div>
          ))}
        </div>
      )}
      <div className="flex flex-col gap-y-2">
        <Select value={target} onValueChange={setTarget}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={PRODUCT}>Whole product</Select.Item>
            {variants.map((v) => (
              <Select.Item key={v.id} value={v.id}>
                Variant: {v.title}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Input
          type="search"
          size="small"
          placeholder={hsn ? "Change HSN: search code or description" : "Set HSN: search code or description"}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          data-testid="product-hsn-search"
        />
        {results.map((r) => (
          <button
            key={r.id}
            type="button"
            className="hover:bg-ui-bg-base-hover flex items-center justify-between rounded px-2 py-1 text-left"
            onClick={() => classify(r.id, target)}
          >
            <span className="txt-small">
              <span className="font-mono">{r.code}</span> {r.description}
            </span>
            <span className="txt-small text-ui-fg-subtle">{r.current_rate ? `${r.current_rate.rate}%` : ""}</span>
          </button>
        ))}
        {q.trim() && results.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            No code matches. Add it under GST → HSN codes first.
          </Text>
        )}
      </div>
      {error && <Text className="text-ui-fg-error">{error}</Text>}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductHsnWidget
