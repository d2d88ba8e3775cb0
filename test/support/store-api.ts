/** Talks to the Store API of the stack that `npm test` started (or one named by env). */
export const medusaUrl = process.env.CHO_PHIEN_MEDUSA_URL ?? "http://localhost:9000"

export function publishableKey(): string {
  const key = process.env.CHO_PHIEN_PUBLISHABLE_KEY
  if (!key) {
    throw new Error("CHO_PHIEN_PUBLISHABLE_KEY is not set: run these tests through `npm test`")
  }
  return key
}

export type ApiResponse<T> = { status: number; body: T; text: string }

export async function storeGet<T = Record<string, unknown>>(path: string): Promise<ApiResponse<T>> {
  const response = await fetch(`${medusaUrl}${path}`, {
    headers: { "x-publishable-api-key": publishableKey() },
  })
  const text = await response.text()
  return { status: response.status, body: JSON.parse(text) as T, text }
}

export async function regionId(): Promise<string> {
  const { body } = await storeGet<{ regions: { id: string; name: string }[] }>("/store/regions")
  const region = body.regions.find((r) => r.name === "Việt Nam")
  if (!region) {
    throw new Error("The seeded region Việt Nam is missing")
  }
  return region.id
}
