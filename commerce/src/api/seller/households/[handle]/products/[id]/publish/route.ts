import { setStatusHandler } from "../set-status-handler"

/** Makes the product public (or "proposed" until the household is verified). */
export const POST = setStatusHandler(true)
