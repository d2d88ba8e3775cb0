import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { ConfirmTransferDrawer } from "../../components/confirm-transfer-drawer"
import { cancelOverdueTransfers, listPendingTransfers, type PendingTransfer } from "../../lib/money-api"
import { formatTime, vnd } from "../../lib/money-format"

/** VietQR orders whose money the operator has not seen yet: confirm each one, or cancel the late ones. */
const TransfersPage = () => {
  const [transfers, setTransfers] = useState<PendingTransfer[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [opened, setOpened] = useState<PendingTransfer | null>(null)
  const [cancelled, setCancelled] = useState<string[] | null>(null)
  const [reloads, setReloads] = useState(0)
  const prompt = usePrompt()

  useEffect(() => {
    let current = true
    listPendingTransfers()
      .then((reply) => {
        if (!current) return
        setTransfers(reply.transfers)
        setError(null)
      })
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      current = false
    }
  }, [reloads])

  const cancelOverdue = async () => {
    const confirmed = await prompt({
      title: "Huỷ các đơn quá hạn chuyển khoản?",
      description:
        "Đơn chưa nhận được tiền khi đã qua hạn sẽ bị huỷ, hàng trả lại kho. Nếu sau đó người mua mới chuyển tiền, phải trả lại tiền cho họ.",
      confirmText: "Huỷ đơn quá hạn",
      cancelText: "Quay lại",
    })
    if (!confirmed) return
    try {
      setCancelled((await cancelOverdueTransfers()).cancelled)
    } catch (e: unknown) {
      setError(e instanceof Error ? e.message : String(e))
    }
    setReloads((n) => n + 1)
  }

  const now = Date.now()
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div>
          <Heading level="h1">Chuyển khoản chờ xác nhận</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Đối chiếu với sao kê ngân hàng: đúng số tiền và đúng nội dung chuyển khoản.
          </Text>
        </div>
        <Button variant="secondary" size="small" onClick={() => void cancelOverdue()}>
          Huỷ đơn quá hạn
        </Button>
      </div>
      {cancelled && (
        <Text role="status" className="px-6 py-4">
          {cancelled.length === 0
            ? "Không có đơn nào quá hạn."
            : `Đã huỷ ${cancelled.length} đơn quá hạn: ${cancelled.join(", ")}.`}
        </Text>
      )}
      {error && <Text className="text-ui-fg-error px-6 py-4">{error}</Text>}
      {transfers === null && !error && <Text className="px-6 py-4">Đang tải…</Text>}
      {transfers?.length === 0 && (
        <Text className="px-6 py-4">Không có chuyển khoản nào đang chờ. Đơn mới trả bằng VietQR sẽ hiện ở đây.</Text>
      )}
      {transfers && transfers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Đơn</Table.HeaderCell>
              <Table.HeaderCell>Số tiền</Table.HeaderCell>
              <Table.HeaderCell>Nội dung chuyển khoản</Table.HeaderCell>
              <Table.HeaderCell>Hộ bán</Table.HeaderCell>
              <Table.HeaderCell>Hạn chuyển</Table.HeaderCell>
              <Table.HeaderCell>Thao tác</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {transfers.map((transfer) => (
              <Table.Row key={transfer.number}>
                <Table.Cell>{transfer.number}</Table.Cell>
                <Table.Cell>{vnd(transfer.amount)}</Table.Cell>
                <Table.Cell className="font-mono">{transfer.reference ?? "—"}</Table.Cell>
                <Table.Cell>{transfer.households.join(", ")}</Table.Cell>
                <Table.Cell>
                  <div className="flex items-center gap-2">
                    {formatTime(transfer.pay_before)}
                    {Date.parse(transfer.pay_before) < now && (
                      <Badge size="2xsmall" color="red">
                        Quá hạn
                      </Badge>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <Button size="small" aria-label={`Xác nhận đã nhận tiền ${transfer.number}`} onClick={() => setOpened(transfer)}>
                    Xác nhận đã nhận tiền
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <ConfirmTransferDrawer
        transfer={opened}
        onClose={() => setOpened(null)}
        onConfirmed={() => {
          setOpened(null)
          setReloads((n) => n + 1)
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Chuyển khoản chờ xác nhận", icon: Receipt })

export default TransfersPage
