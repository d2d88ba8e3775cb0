import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { AuditLogDrawer } from "../../components/audit-log-drawer"
import { HouseholdStatusDrawer } from "../../components/household-status-drawer"
import {
  type AdminProducer,
  formatTime,
  listProducers,
  STATUS_LABELS,
  type VerificationStatus,
  verifyProducer,
} from "../../lib/producers-api"

const BADGE_COLORS: Record<VerificationStatus, "orange" | "green" | "red"> = {
  pending: "orange",
  verified: "green",
  suspended: "red",
}

/** Households that sell: the operator finds new ones waiting, verifies them, and reads who listed what. */
const ProducersPage = () => {
  const [pendingOnly, setPendingOnly] = useState(false)
  const [q, setQ] = useState("")
  const [producers, setProducers] = useState<AdminProducer[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [opened, setOpened] = useState<AdminProducer | null>(null)
  const [statusOf, setStatusOf] = useState<AdminProducer | null>(null)
  const prompt = usePrompt()

  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    // Each filter change starts a request; only the newest may fill the table, whatever order they answer in.
    let current = true
    const timer = setTimeout(() => {
      listProducers(pendingOnly ? "pending" : null, q)
        .then((reply) => {
          if (!current) return
          setProducers(reply.producers)
          setError(null)
        })
        .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)))
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [pendingOnly, q, reloads])

  const verify = async (producer: AdminProducer) => {
    const confirmed = await prompt({
      title: `Duyệt ${producer.name}?`,
      description: "Hộ này và các sản phẩm đang chờ sẽ hiện công khai trên chợ.",
      confirmText: "Duyệt",
      cancelText: "Hủy",
    })
    if (!confirmed) return
    try {
      const reply = await verifyProducer(producer.id)
      toast.success(`Đã duyệt ${producer.name} (${reply.published_product_ids.length} sản phẩm được đăng)`)
    } catch (e: unknown) {
      toast.error(e instanceof Error ? e.message : String(e))
    }
    setReloads((n) => n + 1)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">Hộ bán hàng</Heading>
        <div className="flex items-center gap-2">
          <Link to="/producers/status-reads" className="txt-compact-small text-ui-fg-interactive">
            Nhật ký xem mức sống
          </Link>
          <Input
            type="search"
            size="small"
            aria-label="Tìm theo tên hộ"
            placeholder="Tìm theo tên hộ"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Button
            variant={pendingOnly ? "primary" : "secondary"}
            size="small"
            aria-pressed={pendingOnly}
            onClick={() => setPendingOnly((value) => !value)}
          >
            Chỉ hộ chờ duyệt
          </Button>
        </div>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4">{error}</Text>}
      {producers?.length === 0 && <Text className="px-6 py-4">Không có hộ nào.</Text>}
      {producers && producers.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Hộ</Table.HeaderCell>
              <Table.HeaderCell>Khu vực</Table.HeaderCell>
              <Table.HeaderCell>Tổ hỗ trợ</Table.HeaderCell>
              <Table.HeaderCell>Đăng ký</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
              <Table.HeaderCell>Thao tác</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {producers.map((producer) => (
              <Table.Row key={producer.id}>
                <Table.Cell>{producer.name}</Table.Cell>
                <Table.Cell>{producer.area_name}</Table.Cell>
                <Table.Cell>{producer.helper_team_name ?? "—"}</Table.Cell>
                <Table.Cell>{formatTime(producer.created_at)}</Table.Cell>
                <Table.Cell>
                  <Badge size="2xsmall" color={BADGE_COLORS[producer.verification_status]}>
                    {STATUS_LABELS[producer.verification_status]}
                  </Badge>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex gap-2">
                    {producer.verification_status === "pending" && (
                      <Button size="small" aria-label={`Duyệt ${producer.name}`} onClick={() => void verify(producer)}>
                        Duyệt
                      </Button>
                    )}
                    <Button
                      size="small"
                      variant="transparent"
                      aria-label={`Nhật ký ${producer.name}`}
                      onClick={() => setOpened(producer)}
                    >
                      Nhật ký
                    </Button>
                    <Button
                      size="small"
                      variant="secondary"
                      aria-label={`Xem mức sống ${producer.name}`}
                      onClick={() => setStatusOf(producer)}
                    >
                      Xem mức sống
                    </Button>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <AuditLogDrawer producer={opened} onClose={() => setOpened(null)} />
      <HouseholdStatusDrawer producer={statusOf} onClose={() => setStatusOf(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Hộ bán hàng", icon: Buildings })

export default ProducersPage
