import { Drawer, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { type AdminProducer, type AuditAction, formatTime, producerAuditLog, ROLE_LABELS } from "../lib/producers-api"

type Props = { producer: AdminProducer | null; onClose: () => void }

/** Who did what for one household: "Người hỗ trợ X đăng sản phẩm «…» cho Hộ Y", newest first. */
export function AuditLogDrawer({ producer, onClose }: Props) {
  const [actions, setActions] = useState<AuditAction[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!producer) return
    // A late answer for a household the operator already closed must not show under another one.
    let current = true
    setActions(null)
    setError(null)
    producerAuditLog(producer.id)
      .then((reply) => current && setActions(reply.actions))
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      current = false
    }
  }, [producer])

  return (
    <Drawer open={producer !== null} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Nhật ký — {producer?.name}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          {error && <Text className="text-ui-fg-error">{error}</Text>}
          {!error && actions === null && <Text>Đang tải…</Text>}
          {actions?.length === 0 && <Text>Chưa có hoạt động nào.</Text>}
          <ul aria-label="Nhật ký hoạt động" className="flex flex-col gap-y-3">
            {actions?.map((action) => (
              <li key={action.id} className="border-ui-border-base border-b pb-3">
                <Text weight="plus">{action.summary}</Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {ROLE_LABELS[action.actor.role] ?? action.actor.role}: {action.actor.name} ({action.actor.phone}) ·{" "}
                  {formatTime(action.created_at)}
                </Text>
              </li>
            ))}
          </ul>
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
