import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderMarkdown } from "@/lib/markdown/render-markdown"
import type { AdminPreviewMarkdownType } from "../validators"

/** The editor's preview: the same renderer and sanitiser the storefront builds pages with. */
export async function POST(req: AuthenticatedMedusaRequest<AdminPreviewMarkdownType>, res: MedusaResponse) {
  res.json({ html: renderMarkdown(req.validatedBody.markdown) })
}
