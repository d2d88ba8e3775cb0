import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SALE_MODULE } from "@/modules/sale"
import type SaleModuleService from "@/modules/sale/service"
import { recordPayoutWorkflow } from "@/workflows/sale/record-payout"
import type { RecordPayoutBody } from "./validators"

/** Every household with money in the ledger: earned, paid out, still owed (most owed first). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sale: SaleModuleService = req.scope.resolve(SALE_MODULE)
  const entries = await sale.listPayoutEntries({}, { take: 100_000 })
  const totals = new Map<string, { earned: number; paid_out: number }>()
  for (const entry of entries) {
    const sums = totals.get(entry.producer_id) ?? { earned: 0, paid_out: 0 }
    if (entry.kind === "earning") sums.earned += entry.amount
    else sums.paid_out += entry.amount
    totals.set(entry.producer_id, sums)
  }
  const { data } = totals.size
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "producer",
        fields: ["id", "handle", "name"],
        filters: { id: [...totals.keys()] },
      })
    : { data: [] }
  const households = (data as Array<{ id: string; handle: string; name: string }>)
    .map((producer) => {
      const sums = totals.get(producer.id)!
      return { producer_id: producer.id, handle: producer.handle, name: producer.name, ...sums, owed: sums.earned - sums.paid_out }
    })
    .sort((a, b) => b.owed - a.owed)
  res.json({ households })
}

/** Records that the operator paid a household (bank transfer or cash at the commune). */
export async function POST(req: AuthenticatedMedusaRequest<RecordPayoutBody>, res: MedusaResponse) {
  const { result } = await recordPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, operator_id: req.auth_context.actor_id },
  })
  res.status(201).json({ payout: { id: result.entry.id, amount: result.entry.amount }, owed: result.owed })
}
