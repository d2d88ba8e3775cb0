import { api, ApiError, uploadPhoto } from "./api.ts";
import { blobToDataUrl, dataUrlToBlob } from "./photo.ts";
import type { ProductInput } from "./types.ts";

/**
 * One save from the product form, kept on the phone until the server has all of it.
 * `productId` is written as soon as the product exists, so a retry after a dropped
 * connection edits that product instead of creating a second one.
 */
export interface Job {
  household: string;
  productId: string | null;
  input: ProductInput;
  /** Variant to edit (existing products keep their one variant). */
  variantId: string | null;
  photo: string | null;
}

const KEY = "chophien.seller.outbox";
// If the phone's storage is full, the job still lives here until the page closes.
let memory: Job | null = null;

export function pendingJob(): Job | null {
  const raw = localStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Job) : memory;
}

function keep(job: Job | null): void {
  memory = job;
  try {
    if (job) localStorage.setItem(KEY, JSON.stringify(job));
    else localStorage.removeItem(KEY);
  } catch {
    // Quota exceeded (a large photo): try without the photo rather than lose the text.
    if (job) localStorage.setItem(KEY, JSON.stringify({ ...job, photo: null }));
  }
}

export async function newJob(
  household: string,
  productId: string | null,
  variantId: string | null,
  input: ProductInput,
  photo: Blob | null,
): Promise<Job> {
  const job: Job = { household, productId, variantId, input, photo: photo ? await blobToDataUrl(photo) : null };
  keep(job);
  return job;
}

export function dropJob(): void {
  keep(null);
}

/** Sends what is left of the job; a network failure leaves it stored, anything else throws. */
export async function sendJob(job: Job, onProgress: (fraction: number) => void): Promise<string> {
  if (!job.productId) {
    const { product } = await api.create(job.household, job.input);
    job.productId = product.id;
    job.variantId = product.variants[0]?.id ?? null;
    keep(job);
  } else {
    const [variant] = job.input.variants;
    await api.update(job.household, job.productId, {
      title_vi: job.input.title_vi,
      category: job.input.category,
      ...(job.input.description_vi !== undefined ? { description_vi: job.input.description_vi } : {}),
      ...(variant && job.variantId ? { variants: [{ id: job.variantId, ...variant }] } : {}),
    });
  }
  if (job.photo) {
    await uploadPhoto(job.household, job.productId, await dataUrlToBlob(job.photo), onProgress);
  }
  dropJob();
  return job.productId;
}

export function isOffline(error: unknown): boolean {
  return error instanceof ApiError && error.status === 0;
}
