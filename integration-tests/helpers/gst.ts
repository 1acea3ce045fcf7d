import type { AxiosInstance } from "axios"
import type { Headers, Row } from "./marketplace"

type Api = AxiosInstance

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Tax documents of an order, once at least `expected` exist: the order.placed and order.return_received
 * subscribers write them after the response. Optionally only one supplier GSTIN's. Gives up after 15 s.
 */
export async function taxDocumentsOf(
  api: Api,
  admin: Headers,
  orderId: string,
  documentType: "invoice" | "credit_note" = "invoice",
  expected = 1,
  supplierGstin?: string
): Promise<Row[]> {
  const supplier = supplierGstin ? `&supplier_gstin=${supplierGstin}` : ""
  for (let attempt = 0; attempt < 60; attempt++) {
    const { data } = await api.get(`/admin/gst/invoices?order_id=${orderId}&document_type=${documentType}${supplier}&limit=50`, admin)
    if (data.tax_documents.length >= expected) return data.tax_documents
    await sleep(250)
  }
  throw new Error(`fewer than ${expected} ${documentType} documents${supplierGstin ? ` in ${supplierGstin}` : ""} for order ${orderId} within 15 s`)
}

/** One tax document with its lines, as the admin GST invoices API shows it. */
export async function taxDocument(api: Api, admin: Headers, id: string): Promise<Row> {
  const { data } = await api.get(`/admin/gst/invoices/${id}`, admin)
  return data.tax_document
}

/** GSTR-8 of a period: the period is closed by a subscriber of settlement.period_closed, after the close's response. */
export async function gstr8Of(api: Api, admin: Headers, period: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const res = await api.get(`/admin/gst/gstr8?period=${period}`, admin).catch((e) => e.response)
    if (!/is not ready/.test(res.data?.message ?? "")) return res
    await sleep(100)
  }
  throw new Error(`GSTR-8 for ${period} was not closed within 10 s`)
}

/**
 * A return through Medusa's admin API as a merchant receives one: create, request the items, receive them,
 * confirm. Medusa emits order.return_received, which the GST plugin answers with credit notes. Returns its id.
 */
export async function receiveReturn(
  api: Api,
  admin: Headers,
  input: { order_id: string; location_id: string; items: { id: string; quantity: number }[] }
): Promise<string> {
  const { data: created } = await api.post("/admin/returns", { order_id: input.order_id, location_id: input.location_id }, admin)
  const returnId: string = created.return.id
  await api.post(`/admin/returns/${returnId}/request-items`, { items: input.items }, admin)
  await api.post(`/admin/returns/${returnId}/request`, {}, admin)
  await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
  await api.post(`/admin/returns/${returnId}/receive-items`, { items: input.items }, admin)
  await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)
  return returnId
}
