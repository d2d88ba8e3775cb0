import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"

type Row =
  | { key: string; label: string; suppressed: false; households: number; income: number; orders: number }
  | { key: string; label: string; suppressed: true }

type Report = { total: Row; by_area: Row[]; by_category: Row[] }

const HIDDEN = "Dưới 3 hộ — ẩn số liệu"

function vnd(amount: number): string {
  return `${new Intl.NumberFormat("vi-VN").format(amount)} ₫`
}

function today(): string {
  // Vietnam time (UTC+7), whatever the operator's computer is set to.
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
}

function periodQuery(from: string, to: string): string {
  const params = new URLSearchParams()
  if (from) params.set("from", from)
  if (to) params.set("to", to)
  return params.toString()
}

async function fetchReport(query: string): Promise<Report> {
  const response = await fetch(`/admin/impact?${query}`, { credentials: "include", headers: { accept: "application/json" } })
  const body = (await response.json().catch(() => ({}))) as Report & { message?: string }
  if (!response.ok) throw new Error(body.message ?? `Máy chủ trả lời ${response.status}`)
  return body
}

const ReportTable = ({ title, rows }: { title: string; rows: Row[] }) => (
  <div className="px-6 py-4">
    <Heading level="h2" className="mb-2">{title}</Heading>
    {rows.length === 0 ? (
      <Text>Chưa có thu nhập nào trong thời gian này.</Text>
    ) : (
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Nhóm</Table.HeaderCell>
            <Table.HeaderCell>Số hộ</Table.HeaderCell>
            <Table.HeaderCell>Thu nhập đến hộ</Table.HeaderCell>
            <Table.HeaderCell>Số đơn</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key}>
              <Table.Cell>{row.label}</Table.Cell>
              {row.suppressed ? (
                <>
                  <Table.Cell className="text-ui-fg-muted">{HIDDEN}</Table.Cell>
                  <Table.Cell>—</Table.Cell>
                  <Table.Cell>—</Table.Cell>
                </>
              ) : (
                <>
                  <Table.Cell>{row.households}</Table.Cell>
                  <Table.Cell>{vnd(row.income)}</Table.Cell>
                  <Table.Cell>{row.orders}</Table.Cell>
                </>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )}
  </div>
)

/** Income that reached households, per area and per household category; small groups hidden. */
const ImpactPage = () => {
  const [from, setFrom] = useState(`${today().slice(0, 4)}-01-01`)
  const [to, setTo] = useState(today())
  const [report, setReport] = useState<Report | null>(null)
  const [error, setError] = useState<string | null>(null)
  const query = periodQuery(from, to)

  useEffect(() => {
    let current = true
    fetchReport(query)
      .then((reply) => {
        if (!current) return
        setReport(reply)
        setError(null)
      })
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      current = false
    }
  }, [query])

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-3 px-6 py-4">
        <Heading level="h1">Báo cáo tác động</Heading>
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <Label htmlFor="impact-from" size="small">Từ ngày</Label>
            <Input id="impact-from" type="date" size="small" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div>
            <Label htmlFor="impact-to" size="small">Đến ngày</Label>
            <Input id="impact-to" type="date" size="small" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
          <Button asChild variant="secondary" size="small">
            <a href={`/admin/impact/csv?${query}`} download>Tải file CSV</a>
          </Button>
        </div>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4">{error}</Text>}
      {report && (
        <>
          <div className="px-6 py-4">
            <Text weight="plus">Tổng thu nhập đến các hộ</Text>
            <Text>
              {report.total.suppressed
                ? HIDDEN
                : `${vnd(report.total.income)} — ${report.total.households} hộ, ${report.total.orders} đơn`}
            </Text>
          </div>
          <ReportTable title="Theo khu vực" rows={report.by_area} />
          <ReportTable title="Theo loại hộ" rows={report.by_category} />
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            Nhóm dưới 3 hộ bị ẩn số liệu (kèm một nhóm khác nếu cần) để không ai đoán ra thu nhập của một gia đình.
          </Text>
        </>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Báo cáo tác động", icon: ChartBar })

export default ImpactPage
