import type { ImpactReport } from "./build-impact-report"
import type { ReportRow } from "./types"

/** Excel opens a UTF-8 file as Vietnamese only when it starts with this byte-order mark. */
export const UTF8_BOM = "\uFEFF"

export const CSV_HEADER = ["Bảng", "Nhóm", "Số hộ", "Thu nhập (đồng)", "Số đơn"]
export const SUPPRESSED_TEXT = "Dưới 3 hộ"

/**
 * Quotes a cell when it must (comma, quote, line break) and defuses text a spreadsheet
 * would run as a formula: an area name is typed by a seller, so "=HYPERLINK(…)" is possible.
 */
export function csvCell(value: string | number): string {
  let text = String(value)
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function line(table: string, row: ReportRow): (string | number)[] {
  return row.suppressed
    ? [table, row.label, SUPPRESSED_TEXT, "", ""]
    : [table, row.label, row.households, row.income, row.orders]
}

/** The report as CSV: a header row, then the total, areas and categories; CRLF line ends. */
export function impactCsv(report: ImpactReport): string {
  const rows = [
    CSV_HEADER,
    line("Tổng", report.total),
    ...report.by_area.map((row) => line("Khu vực", row)),
    ...report.by_category.map((row) => line("Loại hộ", row)),
  ]
  return UTF8_BOM + rows.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n"
}
