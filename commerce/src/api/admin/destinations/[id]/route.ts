import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { vietnameseMessage } from "@/api/seller/validate-body"
import { deleteDestinationWorkflow } from "@/workflows/destination/delete-destination"
import { updateDestinationWorkflow } from "@/workflows/destination/update-destination"
import { ADMIN_DESTINATION_FIELDS } from "../query-config"
import { AdminUpdateDestination } from "../validators"

/** One destination with everything the editor changes and the products linked to it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "destination",
    fields: ADMIN_DESTINATION_FIELDS,
    filters: { id: req.params.id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Không tìm thấy điểm đến ${req.params.id}`)
  }
  res.json({ destination: data[0] })
}

/** Saves the editor's changes (text, place, season); publishing is a separate action. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  // Checked here, not in middlewares.ts: the matcher /admin/destinations/:id would also catch /preview.
  const parsed = AdminUpdateDestination.safeParse(req.body ?? {})
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, vietnameseMessage(parsed.error.issues))
  }
  const { result } = await updateDestinationWorkflow(req.scope).run({
    input: { id: req.params.id, changes: parsed.data },
  })
  res.json({ destination: result })
}

/** Removes the page and its product links; the admin asks for confirmation first. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteDestinationWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "destination", deleted: true })
}
