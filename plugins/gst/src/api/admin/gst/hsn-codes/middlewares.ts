import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { boundaryOf, parseMultipart } from "../../../../csv/multipart"
import {
  GetHsnCodes,
  HsnRateBody,
  PostHsnCode,
  PostHsnCodeUpdate,
  PostHsnImport,
  PostHsnLinks,
  PostHsnSync,
} from "./validators"

/** A CSV of a few thousand codes and rates fits well within this. */
const IMPORT_LIMIT_BYTES = 5 * 1024 * 1024

async function readBody(req: MedusaRequest): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > IMPORT_LIMIT_BYTES) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The CSV is larger than 5 MB: split it into several files")
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/**
 * The import takes JSON `{ csv, dry_run }`, a browser form upload (multipart, field "file", optional
 * field "dry_run"), or the CSV itself as text/csv (dry_run in the query string). Each becomes the JSON shape.
 */
export async function readHsnImportBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const type = req.headers["content-type"] ?? ""
    const boundary = boundaryOf(type)
    if (boundary) {
      const parts = parseMultipart(await readBody(req), boundary)
      const file = parts.find((p) => p.name === "file") ?? parts.find((p) => p.filename !== undefined)
      if (!file) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, 'Attach the CSV in the form field "file"')
      }
      const dryRun = parts.find((p) => p.name === "dry_run")?.body.toString("utf8").trim()
      req.body = { csv: file.body.toString("utf8"), ...(dryRun ? { dry_run: dryRun } : {}) }
    } else if (/^text\/(csv|plain)/i.test(type)) {
      const text = typeof req.body === "string" ? req.body : (await readBody(req)).toString("utf8")
      const dryRun = req.query.dry_run
      req.body = { csv: text, ...(typeof dryRun === "string" ? { dry_run: dryRun } : {}) }
    }
    next()
  } catch (e) {
    next(e)
  }
}

export const hsnQueryConfig = {
  defaults: ["id", "code", "description", "uqc", "kind", "created_at", "updated_at"],
  isList: true,
}

export const hsnRoutes: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/gst/hsn-codes", middlewares: [validateAndTransformQuery(GetHsnCodes, hsnQueryConfig)] },
  { method: ["POST"], matcher: "/admin/gst/hsn-codes", middlewares: [validateAndTransformBody(PostHsnCode)] },
  {
    method: ["POST"],
    matcher: "/admin/gst/hsn-codes/import",
    bodyParser: { sizeLimit: IMPORT_LIMIT_BYTES },
    middlewares: [readHsnImportBody, validateAndTransformBody(PostHsnImport)],
  },
  { method: ["POST"], matcher: "/admin/gst/hsn-codes/sync-from-metadata", middlewares: [validateAndTransformBody(PostHsnSync)] },
  { method: ["POST"], matcher: "/admin/gst/hsn-codes/:id", middlewares: [validateAndTransformBody(PostHsnCodeUpdate)] },
  { method: ["POST"], matcher: "/admin/gst/hsn-codes/:id/rates", middlewares: [validateAndTransformBody(HsnRateBody)] },
  { method: ["POST"], matcher: "/admin/gst/hsn-codes/:id/products", middlewares: [validateAndTransformBody(PostHsnLinks)] },
  { method: ["POST"], matcher: "/admin/gst/hsn-codes/:id/variants", middlewares: [validateAndTransformBody(PostHsnLinks)] },
]
