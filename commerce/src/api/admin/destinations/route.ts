import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createDestinationWorkflow } from "@/workflows/destination/create-destination"
import { ADMIN_DESTINATION_LIST_FIELDS } from "./query-config"
import type { AdminCreateDestinationType, AdminListDestinationsType } from "./validators"

/** Destination pages, drafts included, newest change first; `q` matches the title or the address. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { status, q, limit, offset } = req.validatedQuery as AdminListDestinationsType
  const filters: Record<string, unknown> = status ? { status } : {}
  if (q) filters.$or = [{ title: { $ilike: `%${q}%` } }, { slug: { $ilike: `%${q}%` } }]
  const { data, metadata } = await query.graph({
    entity: "destination",
    fields: ADMIN_DESTINATION_LIST_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { updated_at: "DESC" } },
  })
  res.json({ destinations: data, count: metadata?.count ?? data.length, offset, limit })
}

/** A new draft; the signed-in staff member is its author. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateDestinationType>, res: MedusaResponse) {
  const users = req.scope.resolve(Modules.USER)
  const user = await users.retrieveUser(req.auth_context.actor_id)
  const author = [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
  const { result } = await createDestinationWorkflow(req.scope).run({ input: { ...req.validatedBody, author } })
  res.status(201).json({ destination: result })
}
