/** Emitted by every destination write; the storefront rebuild listens for it. */
export const DESTINATION_CHANGED_EVENT = "destination.changed"
