import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, AdminOrder } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage, sdk } from "../lib/sdk"
import { DOCUMENT_LABELS, money, pdfUrl, TaxDocumentList } from "../routes/gst/invoices/types"

/** On an order: its tax invoice and credit notes with PDF links, or why it has none and a way to issue it. */
const OrderGstDocumentsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const [list, setList] = useState<TaxDocumentList | null>(null)
  const [issuing, setIssuing] = useState(false)

  const load = useCallback(async () => {
    try {
      setList(await sdk.client.fetch<TaxDocumentList>("/admin/gst/invoices", { query: { order_id: order.id, order: "created_at" } }))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }, [order.id])

  useEffect(() => {
    void load()
  }, [load])

  const issue = async () => {
    setIssuing(true)
    try {
      await sdk.client.fetch("/admin/gst/invoices", { method: "POST", body: { order_id: order.id } })
      await load()
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setIssuing(false)
    }
  }

  const invoiced = list?.tax_documents.some((d) => d.document_type === "invoice" && d.status === "issued")
  return (
    <Container className="px-6 py-4" data-testid="order-gst-documents">
      <Heading level="h2">GST documents</Heading>
      {list && !invoiced && (
        <div className="mt-2 flex flex-col gap-y-2">
          <Text size="small" className="text-ui-fg-error">
            No tax invoice has been issued for this order.
          </Text>
          <Button size="small" variant="secondary" isLoading={issuing} onClick={issue}>
            Issue tax invoice
          </Button>
        </div>
      )}
      <div className="mt-2 flex flex-col gap-y-2">
        {list?.tax_documents.map((d) => (
          <div key={d.id} className="flex items-center justify-between gap-x-2">
            <div className="flex flex-col">
              <Link to={`/gst/invoices/${d.id}`} className="text-ui-fg-interactive font-mono txt-compact-small">
                {d.number}
              </Link>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {DOCUMENT_LABELS[d.document_type]} · {d.issue_date} · {money(d.total, d.currency_code)}
              </Text>
            </div>
            {d.status === "cancelled" ? (
              <Badge color="red">cancelled</Badge>
            ) : (
              <a href={pdfUrl(d.id)} download className="text-ui-fg-interactive txt-compact-small">
                PDF
              </a>
            )}
          </div>
        ))}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderGstDocumentsWidget
