import type { StorefrontConfig } from "@storefront/lib/config.ts";

// Replaced at build time by the store-config integration. The publishable key is public by design.
declare const __STOREFRONT_CONFIG__: StorefrontConfig;

/** A refusal of the Store API; `status` 0 means no answer at all (offline). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Per-field messages of a 400 (address form): Vietnamese, and English when the server sends them. */
    readonly errors: Record<string, string> = {},
    readonly errorsEn: Record<string, string> = {},
    /** The rest of the answer's body, for what a page words itself (numbers, lists). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function strings(value: unknown): Record<string, string> {
  if (value === null || typeof value !== "object") return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** One request to the Store API with the publishable key and, for a cart, its token. */
export async function storeCall<T>(method: string, path: string, body?: unknown, cartToken?: string): Promise<T> {
  const config = __STOREFRONT_CONFIG__;
  let response: Response;
  try {
    response = await fetch(`${config.medusaUrl}${path}`, {
      method,
      headers: {
        "x-publishable-api-key": config.publishableKey,
        ...(cartToken ? { "x-cart-token": cartToken } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, "network");
  }
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      typeof data["message"] === "string" ? data["message"] : "",
      strings(data["errors"]),
      strings(data["errors_en"]),
      data,
    );
  }
  return data as T;
}
