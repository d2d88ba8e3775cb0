import { ApiError } from "./api.ts";

/** An error whose message is already written for the buyer (a bank's refusal of a card). */
export class BuyerError extends Error {}

/** The words to show for a failed request: the server's own message when it gave one. */
export function errorText(error: unknown, t: { offline: string; serverError: string }): string {
  if (error instanceof BuyerError && error.message) return error.message;
  if (error instanceof ApiError) {
    if (error.status === 0) return t.offline;
    if (error.status < 500 && error.message) return error.message;
  }
  return t.serverError;
}
