import { checkAddress, isVnPhone } from "./address-check.ts";
import type { AddressInput } from "./types.ts";

const good: AddressInput = {
  name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  province_code: "HN",
  ward: "Phường Ba Đình",
  street: "12 Phố Đội Cấn",
};

describe("isVnPhone", () => {
  it.each([
    ["0912345678", true],
    ["0912 345 678", true],
    ["0912.345.678", true],
    ["+84912345678", true],
    ["84912345678", true],
    ["0084 912 345 678", true],
    ["0382 123 456", true],
    ["024 3825 1234", true],
    ["+84 24 3825 1234", true],
    ["0112345678", false],
    ["091234567", false],
    ["09123456789", false],
    ["phone", false],
    ["", false],
    ["0".repeat(40), false],
  ])("%s → %s", (phone, ok) => {
    expect(isVnPhone(phone)).toBe(ok);
  });
});

describe("checkAddress", () => {
  it.each<[string, Partial<AddressInput>, string[]]>([
    ["a complete address", {}, []],
    ["an empty email", { email: "  " }, []],
    ["a good email", { email: "lan@gmail.com" }, []],
    ["no name", { name: " " }, ["name"]],
    ["a one-letter name", { name: "L" }, ["name"]],
    ["an 81-letter name", { name: "a".repeat(81) }, ["name"]],
    ["a wrong phone", { phone: "12345" }, ["phone"]],
    ["no province", { province_code: "" }, ["province_code"]],
    ["no ward", { ward: "" }, ["ward"]],
    ["no street", { street: "" }, ["street"]],
    ["a wrong email", { email: "lan@" }, ["email"]],
    ["everything empty, in form order", { name: "", phone: "", province_code: "", ward: "", street: "", email: "x" },
      ["name", "phone", "province_code", "ward", "street", "email"]],
  ])("%s", (_name, change, wrong) => {
    expect(checkAddress({ ...good, ...change })).toEqual(wrong);
  });
});
