import { formatVnd } from "./money.ts";

describe("formatVnd", () => {
  it.each([
    [0, "0 ₫", "₫0"],
    [5, "5 ₫", "₫5"],
    [999, "999 ₫", "₫999"],
    [1000, "1.000 ₫", "₫1,000"],
    [45000, "45.000 ₫", "₫45,000"],
    [180000, "180.000 ₫", "₫180,000"],
    [1050000, "1.050.000 ₫", "₫1,050,000"],
    [-180000, "-180.000 ₫", "-₫180,000"],
    [Number.MAX_SAFE_INTEGER, "9.007.199.254.740.991 ₫", "₫9,007,199,254,740,991"],
  ])("formats %i đồng as %s and %s", (amount, vi, en) => {
    expect(formatVnd(amount, "vi")).toBe(vi);
    expect(formatVnd(amount, "en")).toBe(en);
  });

  it.each([0, 7, 45000, 180000, 1234567, -99000])(
    "agrees with Intl for %i except for using a plain space",
    (amount) => {
      const intl = (tag: string): string =>
        new Intl.NumberFormat(tag, { style: "currency", currency: "VND" })
          .format(amount)
          .replace(/\s/gu, " ");
      expect(formatVnd(amount, "vi")).toBe(intl("vi-VN"));
      expect(formatVnd(amount, "en")).toBe(intl("en-US"));
    },
  );

  it("never emits a no-break space, so pages match the plain text", () => {
    expect(formatVnd(180000, "vi")).not.toMatch(/[\u00a0\u202f]/u);
  });

  it.each([0.5, 180000.01, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    "rejects %d, which is not a safe integer of đồng",
    (amount) => {
      expect(() => formatVnd(amount, "vi")).toThrow(RangeError);
    },
  );
});
