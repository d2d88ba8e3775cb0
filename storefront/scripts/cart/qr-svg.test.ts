import { encode } from "uqr";
import { qrPath } from "./qr-svg.ts";

describe("qrPath", () => {
  it.each([
    ["nothing dark", [[false, false], [false, false]], ""],
    ["one module", [[false, true], [false, false]], "M1 0h1v1h-1z"],
    ["row by row", [[true, false], [false, true]], "M0 0h1v1h-1zM1 1h1v1h-1z"],
  ])("%s", (_name, modules, d) => {
    expect(qrPath(modules)).toBe(d);
  });

  it("draws exactly as many squares as a VietQR payload has dark modules", () => {
    const payload = "00020101021238570010A000000727012700069704220113VQRQ00012345670208QRIBFTTA53037045406180000" +
      "5802VN62100806CP10426304ABCD";
    const { data } = encode(payload, { ecc: "M", border: 4 });
    const dark = data.flat().filter(Boolean).length;
    expect(qrPath(data).match(/M/g)?.length).toBe(dark);
    expect(dark).toBeGreaterThan(100);
  });
});
