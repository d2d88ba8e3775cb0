import { limitPerAddress } from "@/lib/rate-limit/http"

/**
 * Per client address: enough for typing with suggestions (a debounced box sends a few
 * requests a second), not for scraping the catalogue. Shared by every server on Redis.
 */
export const rateLimitSearch = limitPerAddress("search")
