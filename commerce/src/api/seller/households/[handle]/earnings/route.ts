import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { owedBalance } from "@/lib/payout/split-order"
import { findSellerHousehold } from "@/modules/producer/seller-access"
import { SALE_MODULE } from "@/modules/sale"
import { orderNumber } from "@/modules/sale/order-number"
import type SaleModuleService from "@/modules/sale/service"

/** What the household has earned, what the market has paid it, and what it is still owed. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const household = await findSellerHousehold(req.scope, req.auth_context.actor_id, req.params.handle)
  const sale: SaleModuleService = req.scope.resolve(SALE_MODULE)
  const entries = await sale.listPayoutEntries({ producer_id: household.producer.id }, { order: { created_at: "DESC" } })
  const sum = (kind: string) => entries.filter((entry) => entry.kind === kind).reduce((total, entry) => total + entry.amount, 0)
  res.json({
    earned: sum("earning"),
    paid_out: sum("payout"),
    owed: owedBalance(entries),
    entries: entries.slice(0, 100).map((entry) => ({
      kind: entry.kind,
      amount: entry.amount,
      order_number: entry.order_display_id ? orderNumber(entry.order_display_id) : null,
      reference: entry.reference,
      created_at: entry.created_at,
    })),
  })
}
