/**
 * Same-origin call to the admin API with the operator's session cookie. The server's
 * Vietnamese message is what an error shows.
 */
export async function callAdmin<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: "include",
    headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}) },
  })
  const body = (await response.json().catch(() => ({}))) as { message?: string }
  if (!response.ok) {
    throw new Error(body.message ?? `Máy chủ trả lời ${response.status}`)
  }
  return body as T
}
