import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_PUBLIC_FIELDS } from "@/modules/producer/public-producer"
import type { AdminListProducersType } from "./validators"

/**
 * Named fields only: household_status and phone stay out of this list, so the operator
 * reads a household's poverty status solely through the impact report.
 */
const LIST_FIELDS = [...PRODUCER_PUBLIC_FIELDS, "created_at", "helper_team.name"]

type ListedProducer = {
  id: string
  handle: string
  name: string
  area: string
  area_name: string
  verification_status: string
  created_at: Date | string
  helper_team?: { name: string } | null
}

/** Every household whatever its status, for the operator to find and verify new ones. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProducersType>, res: MedusaResponse) {
  const { limit, offset, verification_status, q } = req.validatedQuery as AdminListProducersType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // `%` and `_` typed by the operator are literal characters, not wildcards.
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined
  const { data, metadata } = await query.graph({
    entity: "producer",
    fields: LIST_FIELDS,
    filters: {
      ...(verification_status ? { verification_status } : {}),
      ...(pattern ? { $or: [{ name: { $ilike: pattern } }, { handle: { $ilike: pattern } }] } : {}),
    },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    producers: (data as ListedProducer[]).map((p) => ({
      id: p.id,
      handle: p.handle,
      name: p.name,
      area: p.area,
      area_name: p.area_name,
      verification_status: p.verification_status,
      created_at: p.created_at,
      helper_team_name: p.helper_team?.name ?? null,
    })),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
