import type { StorefrontConfig } from "@storefront/lib/config.ts";
import { ApiError, storeCall } from "./api.ts";
import { downloadName } from "./my-data-file.ts";

declare const __STOREFRONT_CONFIG__: StorefrontConfig;

/** The buyer's proof: an order's number and the phone it was sent to. */
export interface Proof {
  number: string;
  phone: string;
}

export interface Download {
  blob: Blob;
  fileName: string;
}

/** Everything kept about the phone of the proof, as the JSON file the server writes. */
export async function exportMyData(proof: Proof): Promise<Download> {
  const config = __STOREFRONT_CONFIG__;
  let response: Response;
  try {
    response = await fetch(`${config.medusaUrl}/store/my-data/export`, {
      method: "POST",
      headers: { "x-publishable-api-key": config.publishableKey, "content-type": "application/json" },
      body: JSON.stringify(proof),
    });
  } catch {
    throw new ApiError(0, "network");
  }
  if (!response.ok) {
    const data = (await response.json().catch(() => ({}))) as { message?: unknown };
    throw new ApiError(response.status, typeof data.message === "string" ? data.message : "");
  }
  const blob = new Blob([await response.text()], { type: "application/json" });
  return { blob, fileName: downloadName(response.headers.get("content-disposition"), new Date()) };
}

/** Removes name, phone and address from every order sent to the proof's phone. */
export async function eraseMyData(proof: Proof): Promise<{ erased_orders: number; message: string }> {
  return storeCall<{ erased_orders: number; message: string }>("POST", "/store/my-data/erase", { ...proof, confirm: true });
}
