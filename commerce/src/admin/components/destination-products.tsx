import { Badge, Button, Heading, Input, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import {
  type AdminDestination,
  errorText,
  findLinkableProducts,
  type LinkableProduct,
  linkProducts,
} from "../lib/destinations-api"

type Props = { destination: AdminDestination; onChanged: () => void }

const kindOf = (metadata: Record<string, unknown> | null | undefined) => (metadata?.kind === "experience" ? "experience" : "product")
const KIND_LABELS = { product: "Sản phẩm", experience: "Trải nghiệm" } as const

/** The products and experiences a destination leads visitors to: search, link, unlink. */
export function DestinationProducts({ destination, onChanged }: Props) {
  const [q, setQ] = useState("")
  const [found, setFound] = useState<LinkableProduct[]>([])
  const linked = destination.products ?? []
  const linkedIds = new Set(linked.map((product) => product.id))

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      findLinkableProducts(q)
        .then((reply) => current && setFound(reply.products))
        .catch((e: unknown) => current && toast.error(errorText(e)))
    }, 250)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [q])

  const change = async (add: string[], remove: string[], done: string) => {
    try {
      await linkProducts(destination.id, add, remove)
      toast.success(done)
      onChanged()
    } catch (e: unknown) {
      toast.error(errorText(e))
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <Heading level="h2">Sản phẩm và trải nghiệm gắn với điểm đến</Heading>
      {linked.length === 0 ? (
        <Text className="text-ui-fg-subtle">Chưa gắn sản phẩm nào.</Text>
      ) : (
        <ul className="flex flex-col gap-1" aria-label="Đã gắn">
          {linked.map((product) => (
            <li key={product.id} className="flex items-center gap-2">
              <Badge size="2xsmall">{KIND_LABELS[kindOf(product.metadata)]}</Badge>
              <span>{product.title}</span>
              <Button
                size="small"
                variant="transparent"
                aria-label={`Bỏ gắn ${product.title}`}
                onClick={() => void change([], [product.id], `Đã bỏ gắn ${product.title}`)}
              >
                Bỏ gắn
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Input
        type="search"
        size="small"
        aria-label="Tìm sản phẩm hoặc trải nghiệm để gắn"
        placeholder="Tìm sản phẩm hoặc trải nghiệm để gắn"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <ul className="flex flex-col gap-1" aria-label="Kết quả tìm">
        {found
          .filter((product) => !linkedIds.has(product.id))
          .map((product) => (
            <li key={product.id} className="flex items-center gap-2">
              <Badge size="2xsmall">{KIND_LABELS[product.kind]}</Badge>
              <span>{product.title}</span>
              <Button
                size="small"
                variant="secondary"
                aria-label={`Gắn ${product.title}`}
                onClick={() => void change([product.id], [], `Đã gắn ${product.title}`)}
              >
                Gắn
              </Button>
            </li>
          ))}
      </ul>
    </div>
  )
}
