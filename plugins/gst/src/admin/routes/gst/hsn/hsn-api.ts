import { sdk } from "../../../lib/sdk"

declare const __BACKEND_URL__: string | undefined

export type HsnRate = {
  id: string
  effective_from: string
  rate: string
  cess_rate: string
  notification: string | null
}

export type HsnCode = {
  id: string
  code: string
  description: string
  uqc: string
  kind: "goods" | "services"
  current_rate: HsnRate | null
  rates?: HsnRate[]
  products?: { id: string; title: string; handle: string }[]
  variants?: { id: string; title: string; sku: string | null; product_id: string }[]
}

export type HsnCodeList = { hsn_codes: HsnCode[]; count: number; offset: number; limit: number }

export type HsnImportError = { row: number; column: string | null; message: string }

export type HsnImportResult = {
  dry_run: boolean
  written: boolean
  errors: HsnImportError[]
  changes: { row: number; action: string; code: string; detail: string }[]
  summary: Record<string, number>
}

export const listHsnCodes = (query: Record<string, string | number>) =>
  sdk.client.fetch<HsnCodeList>("/admin/gst/hsn-codes", { query })

export const getHsnCode = (id: string) => sdk.client.fetch<{ hsn_code: HsnCode }>(`/admin/gst/hsn-codes/${id}`)

/**
 * The import answers 400 with the row errors in its body; the SDK keeps only the message of a failed
 * request, so the upload goes through fetch with the admin's session cookie.
 */
export async function uploadHsnCsv(file: File, dryRun: boolean): Promise<{ ok: boolean; message?: string; result: HsnImportResult }> {
  const base = typeof __BACKEND_URL__ !== "undefined" && __BACKEND_URL__ ? __BACKEND_URL__ : "/"
  const form = new FormData()
  form.append("file", file)
  form.append("dry_run", String(dryRun))
  const response = await fetch(`${base.replace(/\/$/, "")}/admin/gst/hsn-codes/import`, {
    method: "POST",
    body: form,
    credentials: "include",
  })
  const body = await response.json().catch(() => ({ message: response.statusText }))
  if (response.ok) {
    return { ok: true, result: body.import }
  }
  return {
    ok: false,
    message: body.message,
    result: { dry_run: dryRun, written: false, errors: body.errors ?? [], changes: [], summary: body.summary ?? {} },
  }
}
