/** One `earning` line of the payout ledger: money a household has received for a parcel. */
export type Earning = { producer_id: string; amount: number; order_display_id: number | null }

/** Who a household is, for grouping. `household_status` is read for the operator's report only. */
export type Household = { id: string; area: string; area_name: string; household_status?: string | null }

export type Figures = { households: number; income: number; orders: number }

/** A group before suppression: its key, what people read, and its figures. */
export type GroupFigures = { key: string; label: string } & Figures

/** A group after suppression: either its figures, or only the fact that it is too small to show. */
export type ReportRow =
  | ({ key: string; label: string; suppressed: false } & Figures)
  | { key: string; label: string; suppressed: true }

export type ReportTable = { total: ReportRow; rows: ReportRow[] }

/** Fewer distinct households than this in a group and its figures could point at one family. */
export const MIN_HOUSEHOLDS = 3
