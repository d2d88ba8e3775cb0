import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { RecordPayoutDrawer } from "../../components/record-payout-drawer"
import { type HouseholdBalance, listBalances } from "../../lib/money-api"
import { vnd } from "../../lib/money-format"

/** What the market has collected for each household, what it has paid them, and what it still owes. */
const PayoutsPage = () => {
  const [households, setHouseholds] = useState<HouseholdBalance[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [opened, setOpened] = useState<HouseholdBalance | null>(null)
  const [reloads, setReloads] = useState(0)

  useEffect(() => {
    let current = true
    listBalances()
      .then((reply) => {
        if (!current) return
        setHouseholds(reply.households)
        setError(null)
      })
      .catch((e: unknown) => current && setError(e instanceof Error ? e.message : String(e)))
    return () => {
      current = false
    }
  }, [reloads])

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Trả tiền cho hộ</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Tiền bán hàng chợ đã nhận thay các hộ. Trả xong thì ghi lại ở đây.
        </Text>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4">{error}</Text>}
      {households === null && !error && <Text className="px-6 py-4">Đang tải…</Text>}
      {households?.length === 0 && (
        <Text className="px-6 py-4">Chưa hộ nào có tiền bán hàng. Khi đơn được trả tiền, hộ bán sẽ hiện ở đây.</Text>
      )}
      {households && households.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Hộ</Table.HeaderCell>
              <Table.HeaderCell>Đã bán được</Table.HeaderCell>
              <Table.HeaderCell>Đã trả</Table.HeaderCell>
              <Table.HeaderCell>Còn phải trả</Table.HeaderCell>
              <Table.HeaderCell>Thao tác</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {households.map((household) => (
              <Table.Row key={household.producer_id}>
                <Table.Cell>{household.name}</Table.Cell>
                <Table.Cell>{vnd(household.earned)}</Table.Cell>
                <Table.Cell>{vnd(household.paid_out)}</Table.Cell>
                <Table.Cell className={household.owed > 0 ? "font-medium" : "text-ui-fg-muted"}>
                  {vnd(household.owed)}
                </Table.Cell>
                <Table.Cell>
                  {household.owed > 0 ? (
                    <Button size="small" aria-label={`Ghi đã trả cho ${household.name}`} onClick={() => setOpened(household)}>
                      Ghi đã trả
                    </Button>
                  ) : (
                    <Text size="small" className="text-ui-fg-muted">
                      Đã trả đủ
                    </Text>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <RecordPayoutDrawer
        household={opened}
        onClose={() => setOpened(null)}
        onRecorded={() => {
          setOpened(null)
          setReloads((n) => n + 1)
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Trả tiền cho hộ", icon: Cash })

export default PayoutsPage
