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

/** PostgreSQL's "connection exception" class (08…) and its shutdown/start-up refusals (57P0x). */
const UNAVAILABLE_SQL_STATE = /^(08\d{3}|57P0[1-3])$/
const UNAVAILABLE_NODE_CODE = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH"])
const UNAVAILABLE_MESSAGE =
  /Connection terminated|terminating connection due to administrator command|the database system is (shutting down|starting up|in recovery mode)|Timeout acquiring a connection|Client has encountered a connection error/i

/** The error itself and what it wraps (MikroORM keeps `previous`, others `cause` or `original`). */
function errorChain(error: unknown): Record<string, unknown>[] {
  const chain: Record<string, unknown>[] = []
  for (let at = error; at && typeof at === "object" && chain.length < 5; ) {
    const link = at as Record<string, unknown>
    chain.push(link)
    at = link["previous"] ?? link["cause"] ?? link["original"]
  }
  return chain
}

/**
 * The database (or another service a request needs) went away mid-request, as when PostgreSQL
 * restarts: a 503 that says to try again, not a 500 that says something is broken. The server
 * reconnects by itself once the database is back.
 */
export function serviceUnavailableRefusal(error: unknown): { status: number; type: string; message: string } | undefined {
  const unavailable = errorChain(error).some((link) => {
    const code = typeof link["code"] === "string" ? link["code"] : ""
    const message = typeof link["message"] === "string" ? link["message"] : ""
    return UNAVAILABLE_SQL_STATE.test(code) || UNAVAILABLE_NODE_CODE.has(code) || link["name"] === "KnexTimeoutError" || UNAVAILABLE_MESSAGE.test(message)
  })
  return unavailable
    ? { status: 503, type: "unexpected_state", message: "Hệ thống đang bận một chút, chưa làm được việc này. Bạn chờ vài giây rồi thử lại nhé." }
    : undefined
}

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, with the security headers on every error, Vietnamese body-parser
 * refusals, and 503 (try again) when the database is away.
 */
export const securityErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  applySecurityHeaders(req, res)
  const refusal = bodyParserRefusal(error) ?? undecodablePathRefusal(error) ?? serviceUnavailableRefusal(error)
  if (refusal && !res.headersSent) {
    if (refusal.status === 503) res.setHeader("Retry-After", "5")
    res.status(refusal.status).json({ type: refusal.type, message: refusal.message })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
