import { errorHandler, type MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { applySecurityHeaders } from "./security-headers"

type BodyParserError = Error & { status?: number; statusCode?: number; type?: string; expose?: boolean }

/**
 * What body-parser's refusals say to a person: its own messages are English internals
 * ("request entity too large"). Everything else is left to Medusa's handler.
 */
export function bodyParserRefusal(error: unknown): { status: number; type: string; message: string } | undefined {
  if (!(error instanceof Error)) return undefined
  const { type, status } = error as BodyParserError
  if (type === "entity.too.large" || status === 413) {
    return {
      status: 413,
      type: "payload_too_large",
      message: "Dữ liệu gửi lên quá lớn nên không được lưu. Hãy bớt chữ rồi gửi lại.",
    }
  }
  if (type === "entity.parse.failed") {
    return { status: 400, type: "invalid_data", message: "Dữ liệu gửi lên bị lỗi, không đọc được. Hãy thử gửi lại." }
  }
  if (type === "encoding.unsupported" || type === "charset.unsupported" || status === 415) {
    return { status: 415, type: "invalid_data", message: "Dữ liệu gửi lên không đúng kiểu. Hãy gửi lại từ trang của Chợ Phiên." }
  }
  return undefined
}

/**
 * Express decodes a route's parameters before any middleware of ours runs, and a path that is
 * not valid percent-encoding (%E0%A4%A, a lone surrogate's %ED%A0%80) throws there: a 400, not
 * the opaque 500 Medusa's handler would make of it.
 */
export function undecodablePathRefusal(error: unknown): { status: number; type: string; message: string } | undefined {
  if (!(error instanceof Error)) return undefined
  const decoding = error instanceof URIError || /^Failed to decode param/.test(error.message)
  return decoding ? { status: 400, type: "invalid_data", message: "Địa chỉ trang không hợp lệ." } : undefined
}

const medusaErrorHandler = errorHandler()

/** Medusa's error handler, with the security headers on every error and Vietnamese body-parser refusals. */
export const securityErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  applySecurityHeaders(req, res)
  const refusal = bodyParserRefusal(error) ?? undecodablePathRefusal(error)
  if (refusal && !res.headersSent) {
    res.status(refusal.status).json({ type: refusal.type, message: refusal.message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
