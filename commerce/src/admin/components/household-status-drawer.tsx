import { Button, Drawer, Label, Text, Textarea } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import type { AdminProducer } from "../lib/producers-api"
import { type HouseholdStatusRead, readHouseholdStatus, statusWords } from "../lib/status-reads-api"

type Props = { producer: AdminProducer | null; onClose: () => void }

/**
 * "Xem mức sống": the operator writes why, the read is logged, then the status shows in words.
 * Closing forgets it, so the next look asks for a reason again.
 */
export function HouseholdStatusDrawer({ producer, onClose }: Props) {
  const [reason, setReason] = useState("")
  const [read, setRead] = useState<HouseholdStatusRead | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    setReason("")
    setRead(null)
    setError(null)
  }, [producer])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!producer) return
    if (reason.trim().length < 5) {
      setError("Hãy ghi lý do xem (ít nhất 5 chữ).")
      return
    }
    setBusy(true)
    setError(null)
    try {
      const reply = await readHouseholdStatus(producer.id, reason.trim())
      setRead(reply)
    } catch (e: unknown) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Drawer open={producer !== null} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Mức sống — {producer?.name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {read === null ? (
            // noValidate: the browser's own bubble would block a short reason before our Vietnamese words show.
            <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-y-3">
              <Text>Mức sống của hộ là thông tin riêng tư. Mỗi lần xem đều được ghi lại cùng tên bạn và lý do.</Text>
              <div className="flex flex-col gap-y-1">
                <Label htmlFor="status-reason">Lý do xem</Label>
                <Textarea
                  id="status-reason"
                  aria-required="true"
                  maxLength={300}
                  placeholder="Ví dụ: Kiểm tra hồ sơ xin hỗ trợ vốn"
                  value={reason}
                  aria-invalid={error !== null}
                  aria-describedby={error ? "status-reason-error" : undefined}
                  onChange={(e) => setReason(e.target.value)}
                />
              </div>
              {error && (
                <Text id="status-reason-error" role="alert" className="text-ui-fg-error">
                  {error}
                </Text>
              )}
              <Button type="submit" isLoading={busy}>
                Xem mức sống
              </Button>
            </form>
          ) : (
            <div role="status" className="flex flex-col gap-y-2">
              <Text size="xlarge" weight="plus">
                {statusWords(read.household_status)}
              </Text>
              <Text className="text-ui-fg-subtle">Lần xem này đã được ghi lại.</Text>
            </div>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
