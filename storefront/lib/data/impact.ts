import { store } from "../store.ts";

interface StoreImpactRow {
  key: string;
  label: string;
  suppressed: boolean;
  households?: number;
  income?: number;
  orders?: number;
}

export interface ImpactFigures {
  households: number;
  income: number;
  orders: number;
}

/** `figures` is null where fewer than 3 households sold, so no number is shown. */
export interface ImpactArea {
  key: string;
  name: string;
  figures: ImpactFigures | null;
}

export interface Impact {
  total: ImpactFigures | null;
  areas: ImpactArea[];
}

// Copied number by number, so nothing else the API might send can reach the page.
function figuresOf(row: StoreImpactRow): ImpactFigures | null {
  if (row.suppressed) return null;
  return { households: Number(row.households), income: Number(row.income), orders: Number(row.orders) };
}

export function toImpact(raw: { total: StoreImpactRow; by_area: StoreImpactRow[] }): Impact {
  return {
    total: figuresOf(raw.total),
    areas: raw.by_area.map((row) => ({ key: row.key, name: row.label, figures: figuresOf(row) })),
  };
}

let impact: Promise<Impact> | undefined;

/** The market's public figures since it opened, read once per build. */
export function getImpact(): Promise<Impact> {
  impact ??= store
    .get<{ impact: { total: StoreImpactRow; by_area: StoreImpactRow[] } }>("/store/impact")
    .then((reply) => toImpact(reply.impact));
  return impact;
}
