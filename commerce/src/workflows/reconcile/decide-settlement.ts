/**
 * What the reconciliation does with one checkout, from facts alone (no I/O), so every case
 * is a row in a table test. A "checkout" is a cart with a payment session, or an order that
 * was made from one.
 */
export type SettlementFacts = {
  /** cod, vietqr, stripe; "none" when the order has no payment session at all. */
  method: "cod" | "vietqr" | "stripe" | "none"
  /** Untouched for longer than the settling delay: nobody is still working on it. */
  stale: boolean
  /**
   * none: the cart never became an order. unsplit: an order exists but its parcels do not
   * (the server died inside the cart's completion). placed: an order with its parcels.
   */
  order: "none" | "unsplit" | "placed"
  /** Every stocked line of an unsplit order still holds its reservation. */
  reserved: boolean
  /** Medusa's own payment record for the session. */
  payment: "none" | "authorized" | "captured" | "canceled"
  /** What the card provider says when asked (cards only): the buyer's money is held or taken. */
  provider: "paid" | "unpaid" | "not-asked"
  /** An earlier try in this run to complete the cart failed (out of stock, for one). */
  completionFailed: boolean
}

export type Settlement =
  | { action: "wait"; reason: string }
  | { action: "none"; reason: string }
  | { action: "complete-cart"; reason: string }
  | { action: "finish-order"; reason: string }
  | { action: "cancel-order"; reason: string }
  | { action: "void-payment"; reason: string }

/** Money is held for this checkout, by Medusa's record or by the card provider's word. */
function moneyHeld(facts: SettlementFacts): boolean {
  if (facts.payment === "canceled") return false
  return facts.payment === "authorized" || facts.payment === "captured" || facts.provider === "paid"
}

export function decideSettlement(facts: SettlementFacts): Settlement {
  if (!facts.stale) return { action: "wait", reason: "the checkout may still be running" }
  if (facts.order === "placed") return { action: "none", reason: "the order has its parcels and its payment" }
  if (facts.order === "unsplit") return settleUnsplitOrder(facts)
  if (!moneyHeld(facts)) return { action: "none", reason: "no money was taken: an unfinished checkout" }
  if (facts.completionFailed) return { action: "void-payment", reason: "paid but the cart cannot become an order" }
  return { action: "complete-cart", reason: "paid but the server stopped before the order was made" }
}

/**
 * An order the server made but did not finish. Cash on delivery and VietQR need no money yet,
 * so the order is finished; a card order only if the card really was charged. An order whose
 * stock was never reserved cannot be trusted to be delivered, so it is cancelled instead.
 */
function settleUnsplitOrder(facts: SettlementFacts): Settlement {
  if (!facts.reserved) return { action: "cancel-order", reason: "the order's stock was never reserved" }
  if (facts.method === "cod" || facts.method === "vietqr") {
    return { action: "finish-order", reason: `a ${facts.method} order needs no payment before it is sent` }
  }
  if (facts.method === "stripe" && moneyHeld(facts)) {
    return { action: "finish-order", reason: "the card was charged; the order gets its parcels" }
  }
  return { action: "cancel-order", reason: "the order has no valid payment" }
}
