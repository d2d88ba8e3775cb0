import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The signed-in admin user, as audit entries name them (id, and the e-mail a person recognises). */
export async function operatorOf(req: AuthenticatedMedusaRequest): Promise<{ id: string; email: string | null }> {
  const id = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id", "email"], filters: { id } })
  return { id, email: (data[0] as { email?: string } | undefined)?.email ?? null }
}
