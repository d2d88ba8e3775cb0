import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOverdueTransfers } from "@/workflows/sale/cancel-overdue-transfers"

/** Runs the five-minute job now: cancels unpaid VietQR orders past their window. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ cancelled: await cancelOverdueTransfers(req.scope) })
}
