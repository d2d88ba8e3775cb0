import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { owedBalance } from "@/lib/payout/split-order"
import { SALE_MODULE } from "@/modules/sale"
import { formatDong } from "@/modules/sale/format-dong"
import type SaleModuleService from "@/modules/sale/service"

export type RecordPayoutInput = { producer_id: string; amount: number; reference: string; operator_id: string }

/** Writes a payout to the ledger, never more than the household is owed; compensation deletes it. */
export const writePayoutStep = createStep(
  "write-payout",
  async (input: RecordPayoutInput, { container }) => {
    const sale: SaleModuleService = container.resolve(SALE_MODULE)
    const owed = owedBalance(await sale.listPayoutEntries({ producer_id: input.producer_id }))
    if (input.amount > owed) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Hộ này chỉ còn được nhận ${formatDong(owed)}; không ghi khoản trả ${formatDong(input.amount)}.`)
    }
    const entry = await sale.createPayoutEntries({
      producer_id: input.producer_id,
      kind: "payout",
      amount: input.amount,
      reference: input.reference,
      recorded_by: input.operator_id,
    })
    return new StepResponse({ entry, owed: owed - input.amount }, entry.id)
  },
  async (id, { container }) => {
    if (!id) return
    const sale: SaleModuleService = container.resolve(SALE_MODULE)
    await sale.deletePayoutEntries([id])
  }
)

/** The operator paid a household: one payout per household at a time, so two clicks cannot overpay. */
export const recordPayoutWorkflow = createWorkflow("record-payout", (input: RecordPayoutInput) => {
  const key = transform({ input }, ({ input }) => `payout:${input.producer_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const written = writePayoutStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(written)
})
