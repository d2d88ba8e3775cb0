import { percentile } from "#scripts/bench/load.ts"

describe("percentile (nearest rank)", () => {
  it.each([
    [[], 0.95, 0],
    [[7], 0.95, 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95, 10],
    [Array.from({ length: 100 }, (_, i) => i + 1), 0.95, 95],
    [Array.from({ length: 100 }, (_, i) => i + 1), 0.99, 99],
  ])("of %j at %s is %s", (sorted, share, expected) => {
    expect(percentile(sorted, share)).toBe(expected)
  })
})
