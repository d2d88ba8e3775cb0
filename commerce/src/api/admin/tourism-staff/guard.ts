import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { isTourismStaff, staffMayCall } from "@/lib/tourism-staff/staff-access"

/**
 * Runs on every admin request after Medusa's own sign-in check: a user flagged as tourism
 * staff gets 403 for anything but the destination editor. Other users pass untouched; a
 * request without a signed-in user (Medusa's open admin routes) is left to Medusa.
 */
export async function tourismStaffGuard(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = req.auth_context
  if (auth?.actor_type !== "user" || !auth.actor_id) return next()
  const users = req.scope.resolve(Modules.USER)
  const [user] = await users.listUsers({ id: auth.actor_id }, { select: ["id", "metadata"], take: 1 })
  if (!user || !isTourismStaff(user.metadata) || staffMayCall(req.method, req.originalUrl)) return next()
  next(
    new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Tài khoản cán bộ du lịch chỉ được quản lý trang điểm đến. Việc này cần tài khoản quản trị chợ."
    )
  )
}
