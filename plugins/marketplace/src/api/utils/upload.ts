import type { MedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

export type UploadedFile = { originalname: string; mimetype: string; size: number; buffer: Buffer }

const MAX_BYTES = 10 * 1024 * 1024

/** One file in memory, at most 10 MB: it is handed to Medusa's file module as base64 right away. */
export const singleFile = (field: string) =>
  multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_BYTES, files: 1 } }).single(field)

export function uploadedFile(req: MedusaRequest, field: string, accepted: string[]): UploadedFile {
  const file = (req as unknown as { file?: UploadedFile }).file
  if (!file) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Attach the file as multipart form field "${field}"`)
  }
  if (!accepted.includes(file.mimetype)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${file.originalname}" is ${file.mimetype}; upload one of: ${accepted.join(", ")}`
    )
  }
  return file
}
