import type { AddressInput } from "./types.ts";

export type AddressField = keyof AddressInput;

const SEPARATORS = /[\s.\-()\u00a0]/g;

/**
 * The browser's copy of the server's phone rule (commerce/src/lib/vn/checkout-address.ts):
 * a mobile number 03/05/07/08/09 + 8 digits, or a landline 02 + 9 digits, written with or
 * without +84. The server has the last word; this only saves a round trip on 3G.
 */
export function isVnPhone(input: string): boolean {
  if (input.length > 32) return false;
  const national = input.trim().replace(SEPARATORS, "").replace(/^(\+84|0084|84)(?=[235789]\d{8,9}$)/, "0");
  return /^0[35789]\d{8}$/.test(national) || /^02\d{9}$/.test(national);
}

function tidyLength(value: string): number {
  return value.normalize("NFC").replace(/\s+/g, " ").trim().length;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The fields the server would refuse, in form order, so focus can go to the first. */
export function checkAddress(input: AddressInput): AddressField[] {
  const wrong: AddressField[] = [];
  const name = tidyLength(input.name);
  if (name < 2 || name > 80) wrong.push("name");
  if (!isVnPhone(input.phone)) wrong.push("phone");
  if (input.province_code.trim() === "") wrong.push("province_code");
  const ward = tidyLength(input.ward);
  if (ward < 2 || ward > 80) wrong.push("ward");
  const street = tidyLength(input.street);
  if (street < 2 || street > 160) wrong.push("street");
  const email = (input.email ?? "").trim();
  if (email !== "" && (email.length > 254 || !EMAIL.test(email))) wrong.push("email");
  return wrong;
}
