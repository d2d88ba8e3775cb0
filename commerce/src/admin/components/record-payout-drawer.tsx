import { Button, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { type HouseholdBalance, recordPayout } from "../lib/money-api"
import { parseDong, vnd } from "../lib/money-format"
import { ConfirmPrompt } from "./confirm-prompt"

type Props = { household: HouseholdBalance | null; onClose: () => void; onRecorded: () => void }

type Payout = { amount: number; reference: string }

/** The operator paid a household (bank or cash at the commune) and writes it down here. */
export function RecordPayoutDrawer({ household, onClose, onRecorded }: Props) {
  const [typed, setTyped] = useState("")
  const [reference, setReference] = useState("")
  const [asking, setAsking] = useState<Payout | null>(null)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    setTyped(household ? new Intl.NumberFormat("vi-VN").format(household.owed) : "")
    setReference("")
    setAsking(null)
    setError(null)
  }, [household])

  const review = (event: FormEvent) => {
    event.preventDefault()
    const amount = parseDong(typed)
    if (amount === null) {
      setError("Ghi số tiền bằng số, ví dụ 180.000.")
      return
    }
    if (!reference.trim()) {
      setError("Ghi mã giao dịch hoặc cách trả (ví dụ: tiền mặt tại xã).")
      return
    }
    setError(null)
    setAsking({ amount, reference: reference.trim() })
  }

  const send = async (payout: Payout) => {
    if (!household) return
    setAsking(null)
    setSending(true)
    try {
      const reply = await recordPayout(household.producer_id, payout.amount, payout.reference)
      toast.success(`Đã ghi trả ${vnd(reply.payout.amount)} cho ${household.name}. Còn phải trả ${vnd(reply.owed)}.`)
      onRecorded()
    } catch (e: unknown) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setSending(false)
    }
  }

  return (
    <Drawer open={household !== null} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={review} className="flex flex-1 flex-col">
          <Drawer.Header>
            <Drawer.Title>Ghi đã trả — {household?.name}</Drawer.Title>
            <Drawer.Description>Chỉ ghi sau khi tiền đã chuyển hoặc đã đưa tận tay.</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text>Chợ còn phải trả hộ này {household ? vnd(household.owed) : ""}.</Text>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="payout-amount">Số tiền đã trả</Label>
              <Input
                id="payout-amount"
                inputMode="numeric"
                autoComplete="off"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="payout-reference">Mã giao dịch hoặc cách trả</Label>
              <Input
                id="payout-reference"
                autoComplete="off"
                maxLength={120}
                placeholder="Ví dụ: FT2612345678 hoặc tiền mặt tại xã"
                value={reference}
                onChange={(e) => setReference(e.target.value)}
              />
            </div>
            {error && (
              <Text role="alert" className="text-ui-fg-error">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary">
                Đóng
              </Button>
            </Drawer.Close>
            <Button type="submit" isLoading={sending}>
              Ghi đã trả
            </Button>
          </Drawer.Footer>
        </form>
        <ConfirmPrompt
          open={asking !== null}
          title={`Đã trả ${asking ? vnd(asking.amount) : ""} cho ${household?.name}?`}
          description={`Ghi kèm: ${asking?.reference ?? ""}. Khoản này trừ vào số chợ còn phải trả hộ và không sửa lại được.`}
          confirmText="Đúng, đã trả"
          onConfirm={() => asking && void send(asking)}
          onCancel={() => setAsking(null)}
        />
      </Drawer.Content>
    </Drawer>
  )
}
