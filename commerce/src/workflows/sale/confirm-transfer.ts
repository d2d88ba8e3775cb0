import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { captureOrderPaymentStep } from "./steps/capture-order-payment"
import { markParcelsPaidStep } from "./steps/mark-parcels-paid"
import { recordParcelEarningsStep } from "./steps/record-parcel-earnings"
import { resolveTransferStep } from "./steps/resolve-transfer"

export type ConfirmTransferWorkflowInput = { number: string; amount: number; operator_id: string }

/**
 * The operator saw the transfer arrive: the order is paid, every household's earning is
 * written and the payment captured. One confirmation per order at a time, so a double click
 * or two operators at once capture once.
 */
export const confirmTransferWorkflow = createWorkflow("confirm-transfer", (input: ConfirmTransferWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `vietqr-confirm:${input.number.replace(/\D/g, "")}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60 })
  const transfer = resolveTransferStep({ number: input.number, amount: input.amount })
  const paid = markParcelsPaidStep(transform({ transfer }, ({ transfer }) => ({ ids: transfer.parcels.map((p) => p.id) })))
  recordParcelEarningsStep(transform({ transfer }, ({ transfer }) => ({ parcels: transfer.parcels })))
  captureOrderPaymentStep(
    transform({ transfer, input }, ({ transfer, input }) => ({
      order_id: transfer.order_id,
      amount: transfer.total,
      captured_by: input.operator_id,
    }))
  )
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ transfer, paid }, ({ transfer }) => ({ number: transfer.number, total: transfer.total })))
})
