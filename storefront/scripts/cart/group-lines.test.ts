import { groupLines, lineTotal } from "./group-lines.ts";
import type { CartLine, ProducerRef } from "./types.ts";

const hoa: ProducerRef = { handle: "ho-nong-thi-hoa", name: "Hộ bà Nông Thị Hoa" };
const tuan: ProducerRef = { handle: "ho-be-van-tuan", name: "Hộ ông Bế Văn Tuấn" };

function line(id: string, unit: number, quantity: number, total?: number): CartLine {
  return {
    id, title: id, product_id: `prod_${id}`, product_title: id, product_handle: id,
    variant_id: `var_${id}`, variant_title: "1 kg", quantity, unit_price: unit, total: total ?? null,
  };
}

describe("groupLines", () => {
  const cases: { name: string; lines: CartLine[]; owners: Record<string, ProducerRef | null>; groups: (string | null)[] }[] = [
    { name: "no lines", lines: [], owners: {}, groups: [] },
    { name: "one household", lines: [line("a", 180_000, 2)], owners: { a: hoa }, groups: [hoa.handle] },
    {
      name: "two households, interleaved, keep first-seen order",
      lines: [line("a", 180_000, 1), line("b", 95_000, 3), line("c", 60_000, 1)],
      owners: { a: tuan, b: hoa, c: tuan },
      groups: [tuan.handle, hoa.handle],
    },
    {
      name: "lines without a known household go together",
      lines: [line("a", 10_000, 1), line("b", 20_000, 1)],
      owners: { a: null, b: hoa },
      groups: [null, hoa.handle],
    },
  ];

  it.each(cases)("$name: every line in exactly one group, subtotals add up to the cart", ({ lines, owners, groups }) => {
    const result = groupLines(lines, (l) => owners[l.id] ?? null);
    expect(result.map((g) => g.producer?.handle ?? null)).toEqual(groups);
    expect(result.flatMap((g) => g.lines.map((l) => l.id)).sort()).toEqual(lines.map((l) => l.id).sort());
    const sum = result.reduce((total, g) => total + g.subtotal, 0);
    expect(sum).toBe(lines.reduce((total, l) => total + lineTotal(l), 0));
  });

  it("uses the server's line total when it sends one", () => {
    expect(lineTotal(line("a", 180_000, 2, 350_000))).toBe(350_000);
    expect(lineTotal(line("a", 180_000, 2))).toBe(360_000);
  });
});
