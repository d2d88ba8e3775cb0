import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cutoffDaysOf, experienceSettings } from "@/lib/experience/settings"
import { listExperienceProducts } from "@/workflows/experience/experience-products"

type Row = {
  id: string
  handle: string
  status: string
  metadata: Record<string, unknown> | null
  producer?: { handle: string; name: string } | null
  destinations?: Array<{ slug: string } | null> | null
}

/**
 * GET /store/experiences → the published experiences with what a page needs beyond the
 * product's own text (read from /store/products with a locale): unit, price, places per
 * date, note, booking and cancellation notice, household and destination. Built into the storefront at build time.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const products = await listExperienceProducts(req.scope)
  const settings = experienceSettings()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = products.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "handle", "status", "metadata", "producer.handle", "producer.name", "destinations.slug"],
        filters: { id: products.map((p) => p.id) },
      })
    : { data: [] }
  const experiences = (data as unknown as Row[])
    .filter((row) => row.status === "published")
    .sort((a, b) => a.handle.localeCompare(b.handle))
    .map((row) => ({
      handle: row.handle,
      unit: row.metadata?.unit ?? "guest",
      price_vnd: Number(row.metadata?.price_vnd),
      capacity_per_date: Number(row.metadata?.capacity_per_date),
      note_vi: typeof row.metadata?.note_vi === "string" ? row.metadata.note_vi : "",
      /** Days ahead a booking must be made, and until how many days before it can be cancelled. */
      cutoff_days: cutoffDaysOf(row.metadata, settings.cutoffDays),
      cancel_days: settings.cancelDays,
      producer: row.producer ? { handle: row.producer.handle, name: row.producer.name } : null,
      destinations: (row.destinations ?? []).flatMap((d) => (d ? [d.slug] : [])),
    }))
  res.json({ experiences })
}
