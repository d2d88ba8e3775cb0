import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** A 12-megapixel phone JPEG is 3–8 MB; the seller page downscales to ~0.5 MB before sending. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024

/**
 * The photo is the raw request body (`Content-Type: image/*`), not multipart: one upload
 * per request, no form boundary to get wrong, nothing to parse but bytes, and the phone's
 * XMLHttpRequest reports progress on it the same way. The size is capped while reading, so
 * an oversized body is refused without being held in memory; the content type is not
 * trusted (the photo pipeline checks the bytes themselves).
 */
export function readPhotoBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const declared = Number(req.headers["content-length"] ?? 0)
  if (declared > MAX_PHOTO_BYTES) {
    // Discard the body unread, so the connection can answer at once and be reused.
    req.resume()
    next(tooLarge())
    return
  }
  const chunks: Buffer[] = []
  let size = 0
  let done = false
  const finish = (error?: MedusaError) => {
    if (done) return
    done = true
    if (error) {
      req.resume()
      next(error)
      return
    }
    const bytes = Buffer.concat(chunks)
    if (!bytes.length) {
      next(new MedusaError(MedusaError.Types.INVALID_DATA, "Chưa có ảnh. Hãy chụp hoặc chọn một ảnh rồi gửi lại."))
      return
    }
    req.body = bytes
    next()
  }
  req.on("data", (chunk: Buffer) => {
    size += chunk.length
    if (size > MAX_PHOTO_BYTES) {
      chunks.length = 0
      finish(tooLarge())
    } else if (!done) {
      chunks.push(chunk)
    }
  })
  req.on("end", () => finish())
  req.on("error", () =>
    finish(new MedusaError(MedusaError.Types.INVALID_DATA, "Ảnh gửi chưa hết thì mất mạng. Hãy gửi lại."))
  )
}

function tooLarge() {
  return new MedusaError(MedusaError.Types.INVALID_DATA, "Ảnh quá lớn (tối đa 15 MB). Hãy chụp lại hoặc chọn ảnh nhỏ hơn.")
}
