import { z } from "zod"

export const MANIFEST_FILE = "manifest.json"

export const ManifestSchema = z.object({
  format: z.literal("cho-phien-backup/1"),
  created_at: z.string(),
  server_version: z.string(),
  schema_fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.array(z.object({ name: z.string().min(1), file: z.string().min(1), rows: z.number().int().min(0), sha256: z.string() })),
  photos: z.number().int().min(0),
})

export type Manifest = z.infer<typeof ManifestSchema>
