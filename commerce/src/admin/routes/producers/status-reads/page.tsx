import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { formatTime } from "../../../lib/producers-api"
import { listStatusReads, PURPOSE_WORDS, type StatusReadEntry } from "../../../lib/status-reads-api"

const PAGE = 50

/** Every look at households' status, newest first: who looked, when, at which household, and why. */
const StatusReadsPage = () => {
  const [offset, setOffset] = useState(0)
  const [reads, setReads] = useState<StatusReadEntry[] | null>(null)
  const [count, setCount] = useState(0)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    listStatusReads(offset, PAGE)
      .then((reply) => {
        if (!current) return
        setReads(reply.status_reads)
        setCount(reply.count)
        setError(null)
      })
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      current = false
    }
  }, [offset])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Nhật ký xem mức sống</Heading>
        <Text className="text-ui-fg-subtle">Mỗi lần có người xem mức sống của hộ đều được ghi ở đây.</Text>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4">{error}</Text>}
      {!error && reads === null && <Text className="px-6 py-4">Đang tải…</Text>}
      {reads?.length === 0 && <Text className="px-6 py-4">Chưa ai xem mức sống của hộ nào.</Text>}
      {reads && reads.length > 0 && (
        <Table aria-label="Nhật ký xem mức sống">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Lúc</Table.HeaderCell>
              <Table.HeaderCell>Người xem</Table.HeaderCell>
              <Table.HeaderCell>Xem gì</Table.HeaderCell>
              <Table.HeaderCell>Hộ</Table.HeaderCell>
              <Table.HeaderCell>Lý do</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {reads.map((read) => (
              <Table.Row key={read.id}>
                <Table.Cell>{formatTime(read.created_at)}</Table.Cell>
                <Table.Cell>{read.user_email ?? "—"}</Table.Cell>
                <Table.Cell>{PURPOSE_WORDS[read.purpose] ?? read.purpose}</Table.Cell>
                <Table.Cell>{read.producer_handle ?? "Tất cả các hộ"}</Table.Cell>
                <Table.Cell className="whitespace-normal">{read.reason}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {count > PAGE && (
        <div className="flex items-center justify-between px-6 py-4">
          <Text size="small">
            {offset + 1}–{Math.min(offset + PAGE, count)} / {count}
          </Text>
          <div className="flex gap-2">
            <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Trang trước
            </Button>
            <Button size="small" variant="secondary" disabled={offset + PAGE >= count} onClick={() => setOffset(offset + PAGE)}>
              Trang sau
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Nhật ký xem mức sống" })

export default StatusReadsPage
