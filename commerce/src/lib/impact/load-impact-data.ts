import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { type Period, periodRange } from "./period"
import type { Earning, Household } from "./types"

const PUBLIC_HOUSEHOLD_FIELDS = ["id", "area", "area_name"]

export type ImpactData = { earnings: Earning[]; households: Map<string, Household> }

/**
 * Earnings in the period and the households they went to. Only the operator's report asks
 * for `withStatus`; the public figures never read a household's status from the database.
 */
export async function loadImpactData(
  query: Pick<RemoteQueryFunction, "graph">,
  period: Period,
  { withStatus }: { withStatus: boolean }
): Promise<ImpactData> {
  const range = periodRange(period)
  const { data: earnings } = await query.graph({
    entity: "payout_entry",
    fields: ["producer_id", "amount", "order_display_id"],
    filters: { kind: "earning", ...(range.$gte || range.$lt ? { created_at: range } : {}) },
  })
  const ids = [...new Set((earnings as Earning[]).map((e) => e.producer_id))]
  const households = new Map<string, Household>()
  if (ids.length > 0) {
    const { data } = await query.graph({
      entity: "producer",
      fields: withStatus ? [...PUBLIC_HOUSEHOLD_FIELDS, "household_status"] : PUBLIC_HOUSEHOLD_FIELDS,
      filters: { id: ids },
      // A household that has since left still counts for what it earned while it sold.
      withDeleted: true,
    })
    for (const household of data as Household[]) households.set(household.id, household)
  }
  return {
    earnings: (earnings as Earning[]).map((e) => ({
      producer_id: e.producer_id,
      amount: Number(e.amount),
      order_display_id: e.order_display_id ?? null,
    })),
    households,
  }
}
