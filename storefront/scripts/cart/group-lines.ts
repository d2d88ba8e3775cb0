import type { CartLine, ProducerRef } from "./types.ts";

/** The lines one household sends as one parcel. `producer` is null when the server did not say. */
export interface LineGroup {
  producer: ProducerRef | null;
  lines: CartLine[];
  subtotal: number;
}

export function lineTotal(line: CartLine): number {
  return typeof line.total === "number" ? line.total : line.unit_price * line.quantity;
}

/**
 * Groups cart lines by household, in the order each household first appears in the cart,
 * so adding an item never reorders what the buyer already sees.
 */
export function groupLines(lines: readonly CartLine[], producerOf: (line: CartLine) => ProducerRef | null): LineGroup[] {
  const groups = new Map<string, LineGroup>();
  for (const line of lines) {
    const producer = producerOf(line);
    const key = producer?.handle ?? "";
    let group = groups.get(key);
    if (!group) {
      group = { producer, lines: [], subtotal: 0 };
      groups.set(key, group);
    }
    group.lines.push(line);
    group.subtotal += lineTotal(line);
  }
  return [...groups.values()];
}
