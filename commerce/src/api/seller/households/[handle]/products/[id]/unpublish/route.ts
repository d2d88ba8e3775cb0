import { setStatusHandler } from "../set-status-handler"

/** Takes the product off the storefront (back to draft). */
export const POST = setStatusHandler(false)
