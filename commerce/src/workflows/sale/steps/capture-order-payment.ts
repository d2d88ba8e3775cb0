import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

export type CaptureOrderPaymentInput = { order_id: string; amount: number; captured_by?: string }

export const captureOrderPaymentStepId = "capture-order-payment"

/**
 * Captures part or all of an order's payment: a household's share of a cash-on-delivery
 * order when it hands the parcel over, or the whole transfer once the operator has seen it.
 * It runs last in its workflows, after every step that could still fail.
 */
export const captureOrderPaymentStep = createStep(
  captureOrderPaymentStepId,
  async (input: CaptureOrderPaymentInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["payment_collections.payments.id", "payment_collections.payments.canceled_at"],
      filters: { id: input.order_id },
    })
    const payments = ((data[0] as { payment_collections?: Array<{ payments?: Array<{ id: string; canceled_at: string | null }> }> })
      ?.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
    const payment = payments.find((candidate) => !candidate.canceled_at)
    if (!payment) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Đơn ${input.order_id} không còn khoản thanh toán nào để thu.`)
    }
    await capturePaymentWorkflow(container).run({
      input: { payment_id: payment.id, amount: input.amount, captured_by: input.captured_by },
    })
    return new StepResponse({ payment_id: payment.id, amount: input.amount })
  }
)
