/** Buyers see "CP-1042"; Medusa's display id is the number. */
export function orderNumber(displayId: number): string {
  return `CP-${displayId}`
}

/** "CP-1042", "cp 1042", "#1042" or "1042" → 1042; anything else → null. */
export function parseOrderNumber(input: string): number | null {
  const match = /^\s*(?:cp)?\s*[-#]?\s*(\d{1,9})\s*$/i.exec(input)
  return match ? Number(match[1]) : null
}
