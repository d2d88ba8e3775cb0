import { defineRouteConfig } from "@medusajs/admin-sdk"
import { MapPin } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"
import { type DestinationListItem, errorText, listDestinations, STATUS_LABELS, smallestUrl } from "../../lib/destinations-api"

/** Destination pages for the tourism staff: find one, open it to edit, or start a new one. */
const DestinationsPage = () => {
  const [q, setQ] = useState("")
  const [destinations, setDestinations] = useState<DestinationListItem[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    // Only the newest search may fill the table, whatever order the answers come in.
    let current = true
    const timer = setTimeout(() => {
      listDestinations(q)
        .then((reply) => {
          if (!current) return
          setDestinations(reply.destinations)
          setError(null)
        })
        .catch((e: unknown) => current && setError(errorText(e)))
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [q])

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <Heading level="h1">Điểm đến</Heading>
        <div className="flex items-center gap-2">
          <Input
            type="search"
            size="small"
            aria-label="Tìm theo tên điểm đến"
            placeholder="Tìm theo tên"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <Button size="small" asChild>
            <Link to="/destinations/new">Viết điểm đến mới</Link>
          </Button>
        </div>
      </div>
      {error && <Text className="text-ui-fg-error px-6 py-4">{error}</Text>}
      {destinations?.length === 0 && <Text className="px-6 py-4">Chưa có điểm đến nào.</Text>}
      {destinations && destinations.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Ảnh</Table.HeaderCell>
              <Table.HeaderCell>Điểm đến</Table.HeaderCell>
              <Table.HeaderCell>Khu vực</Table.HeaderCell>
              <Table.HeaderCell>Người viết</Table.HeaderCell>
              <Table.HeaderCell>Trạng thái</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {destinations.map((destination) => {
              const thumb = smallestUrl(destination.cover)
              return (
                <Table.Row key={destination.id}>
                  <Table.Cell>
                    {thumb ? <img src={thumb} alt="" className="h-10 w-16 rounded object-cover" /> : "—"}
                  </Table.Cell>
                  <Table.Cell>
                    <Link to={`/destinations/${destination.id}`} className="text-ui-fg-interactive underline">
                      {destination.title}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{destination.area}</Table.Cell>
                  <Table.Cell>{destination.author ?? "—"}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={destination.status === "published" ? "green" : "grey"}>
                      {STATUS_LABELS[destination.status]}
                    </Badge>
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Điểm đến", icon: MapPin })

export default DestinationsPage
