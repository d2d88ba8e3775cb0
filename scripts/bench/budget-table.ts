/** A line of the design's budget table with what this run measured beside it. */
export type BudgetRow = { what: string; budget: string; measured: string; ok: boolean | undefined }

export function printTable(rows: BudgetRow[]): string {
  const verdict = (ok: boolean | undefined) => (ok === undefined ? "–" : ok ? "ok" : "OVER")
  const cells = rows.map((r) => [r.what, r.budget, r.measured, verdict(r.ok)])
  const header = ["what", "budget", "measured", ""]
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)))
  const line = (c: string[]) => c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n")
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
