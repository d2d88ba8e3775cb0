import { appendFile, mkdir } from "node:fs/promises"
import path from "node:path"
import { randomUUID } from "node:crypto"
import type { ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"

type Options = { file: string }

/**
 * Writes every message as one JSON line to an outbox file instead of sending it. An SMS or
 * Zalo provider implements the same `send` and replaces this one in medusa-config.ts.
 */
export class OutboxNotificationService extends AbstractNotificationProviderService {
  static identifier = "outbox"
  private readonly file: string

  constructor(_deps: Record<string, unknown>, options: Options) {
    super()
    this.file = options.file
  }

  static validateOptions(options: Record<string, unknown>) {
    if (typeof options.file !== "string" || !options.file) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The outbox provider needs a `file` option.")
    }
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const id = randomUUID()
    const line = {
      id,
      at: new Date().toISOString(),
      channel: notification.channel,
      to: notification.to,
      template: notification.template,
      data: notification.data ?? {},
    }
    await mkdir(path.dirname(this.file), { recursive: true })
    await appendFile(this.file, `${JSON.stringify(line)}\n`, "utf8")
    return { id }
  }
}

export default OutboxNotificationService
