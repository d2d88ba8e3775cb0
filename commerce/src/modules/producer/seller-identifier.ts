/**
 * The emailpass provider keys identities by one string across all actor types; a prefix
 * keeps a seller's phone number from ever colliding with a customer's or a user's email.
 */
export function sellerIdentifier(normalizedPhone: string): string {
  return `seller:${normalizedPhone}`
}
