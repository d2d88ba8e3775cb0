import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestProblem } from "./request-problem"

/** Answers 400 with the reason before Medusa or our routes turn a malformed request into a 500. */
export function guardRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0] ?? req.path
  const problem = requestProblem({ path, query: req.query as Record<string, unknown>, body: req.body })
  if (problem) {
    res.status(400).json({ type: "invalid_data", message: problem })
    return
  }
  next()
}
