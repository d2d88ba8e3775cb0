import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { vietQrPayload } from "@/lib/vietqr/payload"
import { newTransferReference } from "./transfer-reference"

type Options = { bankBin: string; bankName: string; accountNumber: string; accountName: string }

export type VietQrData = {
  method: "vietqr"
  reference: string
  amount: number
  bank_name: string
  account_number: string
  account_name: string
  payload: string
  confirmed_at?: string
  bank_reference?: string
}

/**
 * VietQR bank transfer to the market's account. Authorising places the order with the
 * payment pending; the operator captures it once the exact amount has arrived (there is no
 * bank API here). The QR payload carries the amount and the transfer reference.
 */
export class VietQrProviderService extends AbstractPaymentProvider<Options> {
  // Public, so Medusa's ModuleProvider can construct it.
  constructor(container: Record<string, unknown>, options: Options) {
    super(container, options)
  }

  static identifier = "vietqr"

  static validateOptions(options: Record<string, unknown>) {
    for (const key of ["bankBin", "bankName", "accountNumber", "accountName"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `The VietQR provider needs the \`${key}\` option.`)
      }
    }
  }

  private transfer(amount: number, reference: string): VietQrData {
    const { bankBin, bankName, accountNumber, accountName } = this.config
    return {
      method: "vietqr",
      reference,
      amount,
      bank_name: bankName,
      account_number: accountNumber,
      account_name: accountName,
      payload: vietQrPayload({ bankBin, accountNumber, amount, reference }),
    }
  }

  async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const data = this.transfer(Number(input.amount), newTransferReference())
    return { id: data.reference, data }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const reference = (input.data as Partial<VietQrData> | undefined)?.reference ?? newTransferReference()
    return { data: this.transfer(Number(input.amount), reference) }
  }

  async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    return { status: PaymentSessionStatus.AUTHORIZED, data: { ...input.data } }
  }

  async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...input.data } }
  }

  async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = input.data as Partial<VietQrData> | undefined
    return { status: data?.confirmed_at ? PaymentSessionStatus.CAPTURED : PaymentSessionStatus.AUTHORIZED }
  }

  async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { ...input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...input.data, cancelled_at: new Date().toISOString() } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: { ...input.data } }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data: { ...input.data, refunded_amount: Number(input.amount) } }
  }

  /** No bank webhook here; the operator confirms transfers in the admin. */
  async getWebhookActionAndData(_payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default VietQrProviderService
