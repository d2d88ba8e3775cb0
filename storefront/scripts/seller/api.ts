import type { StorefrontConfig } from "@storefront/lib/config.ts";
import { getToken } from "./session.ts";
import type { Household, Product, ProductInput, Seller } from "./types.ts";

// Replaced at build time by the store-config integration; only the Medusa URL is used here.
declare const __STOREFRONT_CONFIG__: StorefrontConfig;
const BASE = __STOREFRONT_CONFIG__.medusaUrl;

/** An API refusal: `status` 0 means the network failed (no answer at all). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function headers(json: boolean): Record<string, string> {
  const token = getToken();
  return {
    ...(json ? { "content-type": "application/json" } : {}),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${BASE}${path}`, {
      method,
      headers: headers(body !== undefined),
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, "network");
  }
  const data = (await res.json().catch(() => ({}))) as { message?: unknown };
  if (!res.ok) {
    throw new ApiError(res.status, typeof data.message === "string" ? data.message : "");
  }
  return data as T;
}

const products = (household: string) => `/seller/households/${encodeURIComponent(household)}/products`;

export const api = {
  signIn: (phone: string, password: string) =>
    call<{ token: string; seller: Seller }>("POST", "/seller/auth/sign-in", { phone, password }),
  me: () => call<{ seller: Seller & { households: Household[] } }>("GET", "/seller/me"),
  list: (household: string) =>
    call<{ products: Product[]; count: number }>("GET", `${products(household)}?limit=100&offset=0`),
  get: (household: string, id: string) => call<{ product: Product }>("GET", `${products(household)}/${id}`),
  create: (household: string, input: ProductInput) =>
    call<{ product: Product }>("POST", products(household), input),
  update: (household: string, id: string, input: object) =>
    call<{ product: Product }>("POST", `${products(household)}/${id}`, input),
  remove: (household: string, id: string) => call<object>("DELETE", `${products(household)}/${id}`),
  setStatus: (household: string, id: string, publish: boolean) =>
    call<{ product: Product }>("POST", `${products(household)}/${id}/${publish ? "publish" : "unpublish"}`, {}),
};

/**
 * Sends the photo as the raw body through XMLHttpRequest, because fetch still reports no
 * upload progress in most browsers; a seller on 3G needs to see it move.
 */
export function uploadPhoto(
  household: string,
  id: string,
  photo: Blob,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${BASE}${products(household)}/${id}/photos`);
    const token = getToken();
    if (token) xhr.setRequestHeader("authorization", `Bearer ${token}`);
    xhr.setRequestHeader("content-type", photo.type || "image/jpeg");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve();
        return;
      }
      let message = "";
      try {
        message = String((JSON.parse(xhr.responseText) as { message?: unknown }).message ?? "");
      } catch {
        // A proxy's HTML error page: the generic message is shown instead.
      }
      reject(new ApiError(xhr.status, message));
    };
    xhr.onerror = () => reject(new ApiError(0, "network"));
    xhr.ontimeout = () => reject(new ApiError(0, "network"));
    xhr.send(photo);
  });
}
