import { randomInt } from "node:crypto"

/** No 0/O or 1/I, so a reference read off a phone screen and typed into a bank app stays right. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/** A short code the buyer puts in the transfer's description, e.g. "CP7K2M9QXH". */
export function newTransferReference(): string {
  let code = "CP"
  for (let i = 0; i < 8; i++) {
    code += ALPHABET[randomInt(ALPHABET.length)]
  }
  return code
}
