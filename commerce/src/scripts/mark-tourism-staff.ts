import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TOURISM_STAFF_ROLE } from "@/lib/tourism-staff/staff-access"

/**
 * `medusa exec ./src/scripts/mark-tourism-staff.ts <email>`: flags an existing admin user
 * as tourism staff (destination pages only). Run by the start-up for the demo account.
 */
export default async function markTourismStaff({ container, args }: ExecArgs) {
  const email = args[0]
  if (!email) throw new Error("Usage: medusa exec ./src/scripts/mark-tourism-staff.ts <email>")
  const users = container.resolve(Modules.USER)
  const [user] = await users.listUsers({ email }, { take: 1 })
  if (!user) throw new Error(`No admin user ${email}`)
  await users.updateUsers({ id: user.id, metadata: { ...(user.metadata ?? {}), role: TOURISM_STAFF_ROLE } })
}
