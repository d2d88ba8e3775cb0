import { Label, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { errorText, previewMarkdown } from "../lib/destinations-api"

type Props = { id: string; label: string; value: string; rows?: number; onChange: (value: string) => void }

/**
 * A Markdown box with its preview beside it. The preview is rendered by the server with the
 * storefront's own renderer and sanitiser, so a script or `javascript:` link typed here is
 * shown inert, exactly as visitors would get it.
 */
export function MarkdownField({ id, label, value, rows = 12, onChange }: Props) {
  const [html, setHtml] = useState("")
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      previewMarkdown(value)
        .then((reply) => current && (setHtml(reply.html), setError(null)))
        .catch((e: unknown) => current && setError(errorText(e)))
    }, 400)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [value])

  return (
    <div className="grid grid-cols-1 gap-3 lg:grid-cols-2">
      <div className="flex flex-col gap-1">
        <Label htmlFor={id}>{label}</Label>
        <Textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      </div>
      <div className="flex flex-col gap-1">
        <span className="txt-compact-small-plus text-ui-fg-subtle">Xem trước</span>
        {error ? (
          <p className="text-ui-fg-error">{error}</p>
        ) : (
          <div
            data-testid={`${id}-preview`}
            className="prose max-w-none rounded-md border p-3 [&_a]:underline [&_h2]:text-lg [&_h2]:font-semibold [&_p]:mb-2 [&_ul]:list-disc [&_ul]:pl-5"
            // Already sanitised by the server (lib/markdown/render-markdown.ts).
            dangerouslySetInnerHTML={{ __html: html }}
          />
        )}
      </div>
    </div>
  )
}
