import { Button, Drawer, Input, Label, Text, toast } from "@medusajs/ui"
import { type FormEvent, useEffect, useState } from "react"
import { confirmTransfer, type PendingTransfer } from "../lib/money-api"
import { parseDong, vnd } from "../lib/money-format"
import { ConfirmPrompt } from "./confirm-prompt"

type Props = { transfer: PendingTransfer | null; onClose: () => void; onConfirmed: () => void }

/**
 * The operator types the amount the bank statement shows (never prefilled: copying the
 * expected figure would defeat the check), confirms, and the server compares it.
 */
export function ConfirmTransferDrawer({ transfer, onClose, onConfirmed }: Props) {
  const [typed, setTyped] = useState("")
  const [asking, setAsking] = useState<number | null>(null)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    setTyped("")
    setAsking(null)
    setError(null)
  }, [transfer])

  const review = (event: FormEvent) => {
    event.preventDefault()
    const amount = parseDong(typed)
    if (amount === null) {
      setError("Ghi số tiền bằng số, ví dụ 180.000.")
      return
    }
    setError(null)
    setAsking(amount)
  }

  const send = async (amount: number) => {
    if (!transfer) return
    setAsking(null)
    setSending(true)
    try {
      const reply = await confirmTransfer(transfer.number, amount)
      toast.success(`Đã ghi nhận đơn ${reply.confirmed.number} đã trả ${vnd(reply.confirmed.total)}`)
      onConfirmed()
    } catch (e: unknown) {
      setError(e instanceof Error ? e.message : String(e))
    } finally {
      setSending(false)
    }
  }

  return (
    <Drawer open={transfer !== null} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <form onSubmit={review} className="flex flex-1 flex-col">
          <Drawer.Header>
            <Drawer.Title>Xác nhận đã nhận tiền — {transfer?.number}</Drawer.Title>
            <Drawer.Description>
              Mở sao kê ngân hàng, tìm khoản chuyển có nội dung {transfer?.reference ?? transfer?.number}.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text>Đơn này cần {transfer ? vnd(transfer.amount) : ""}.</Text>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="transfer-amount">Số tiền đã nhận (theo sao kê)</Label>
              <Input
                id="transfer-amount"
                inputMode="numeric"
                autoComplete="off"
                placeholder="Ví dụ 180.000"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
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
              Ghi nhận
            </Button>
          </Drawer.Footer>
        </form>
        <ConfirmPrompt
          open={asking !== null}
          title={`Đơn ${transfer?.number} đã nhận ${asking === null ? "" : vnd(asking)}?`}
          description="Đơn sẽ được tính là đã trả tiền và các hộ bắt đầu chuẩn bị hàng. Không sửa lại được."
          confirmText="Đúng, đã nhận"
          onConfirm={() => asking !== null && void send(asking)}
          onCancel={() => setAsking(null)}
        />
      </Drawer.Content>
    </Drawer>
  )
}
