import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { z } from "zod"
import { SellerRegister, SellerSignIn } from "@/api/seller/auth/validators.ts"
import { SellerParcelAction } from "@/api/seller/households/[handle]/orders/validators.ts"
import {
  SellerCreateProduct,
  SellerEmptyBody,
  SellerListProducts,
  SellerUpdateProduct,
} from "@/api/seller/households/[handle]/products/validators.ts"
import { SellerChangePassword } from "@/api/seller/me/validators.ts"
import { vietnameseMessage } from "@/api/seller/validate-body.ts"
import { CancelBookingBody } from "@/api/store/bookings/validators.ts"
import { CompleteCheckoutBody, CreateCheckoutCartBody, ParcelsQuery } from "@/api/store/checkout/validators.ts"
import { StoreListDestinations } from "@/api/store/destinations/validators.ts"
import { StoreAvailabilityQuery } from "@/api/store/experiences/validators.ts"
import { OrderLookupBody } from "@/api/store/order-lookup/validators.ts"
import { StoreListProducers } from "@/api/store/producers/validators.ts"
import { StoreSearchQuery } from "@/api/store/search/validators.ts"

/**
 * Property-based run over every store and seller validator: whatever a client sends, a
 * validator answers (accepts or refuses) and never throws, because a throw inside a
 * middleware is an opaque 500. A refusal always yields a message a person can read.
 */
const VALIDATORS: Record<string, { schema: z.ZodType; keys: string[] }> = {
  StoreSearchQuery: { schema: StoreSearchQuery, keys: ["q", "type", "category", "area", "price_min", "price_max", "in_stock", "ocop_min", "sort", "limit", "offset"] },
  StoreAvailabilityQuery: { schema: StoreAvailabilityQuery, keys: ["from", "days"] },
  StoreListDestinations: { schema: StoreListDestinations, keys: ["limit", "offset", "area"] },
  StoreListProducers: { schema: StoreListProducers, keys: ["limit", "offset", "area"] },
  OrderLookupBody: { schema: OrderLookupBody, keys: ["number", "phone"] },
  CancelBookingBody: { schema: CancelBookingBody, keys: ["number", "phone"] },
  CreateCheckoutCartBody: { schema: CreateCheckoutCartBody, keys: [] },
  CompleteCheckoutBody: { schema: CompleteCheckoutBody, keys: ["method"] },
  ParcelsQuery: { schema: ParcelsQuery, keys: ["province_code"] },
  SellerSignIn: { schema: SellerSignIn, keys: ["phone", "password"] },
  SellerRegister: { schema: SellerRegister, keys: ["phone", "password", "name", "household_name", "area_name"] },
  SellerChangePassword: { schema: SellerChangePassword, keys: ["current_password", "new_password"] },
  SellerCreateProduct: { schema: SellerCreateProduct, keys: ["title_vi", "title_en", "description_vi", "description_en", "category", "variants"] },
  SellerUpdateProduct: { schema: SellerUpdateProduct, keys: ["title_vi", "title_en", "description_vi", "description_en", "category", "variants"] },
  SellerEmptyBody: { schema: SellerEmptyBody, keys: [] },
  SellerListProducts: { schema: SellerListProducts, keys: ["limit", "offset"] },
  SellerParcelAction: { schema: SellerParcelAction, keys: ["action", "carrier", "tracking_code", "cash_collected"] },
}

/** Strings that trip parsers: numbers in words, huge numbers, quotes, NUL, lone surrogates. */
const nastyString = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.constantFrom("", " ", "0", "-1", "1e309", "NaN", "Infinity", "0x10", "9".repeat(400), "\u0000", "\ud800", "' OR 1=1 --", "__proto__", "constructor", "true", "null", "[]", "{}", "+84 912 345 678", "090000000O", "1.5", "2026-02-30", "0000-00-00")
)

/** A value that could stand at any field: the nasty strings, numbers of every kind, nesting. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  fc.integer(),
  fc.double(),
  fc.bigInt().map((b) => b.toString()),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(nastyString, { maxLength: 4 }),
  fc.anything({ maxDepth: 3 })
)

/** An object with the validator's own keys (so deep checks are reached) plus stray ones. */
function bodyFor(keys: string[]) {
  const known = keys.length ? fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: keys.length }) : fc.constant({})
  const variants = fc.array(fc.dictionary(fc.constantFrom("id", "label", "price_vnd", "weight_g", "stock", "extra"), anyValue), { maxLength: 12 })
  return fc.oneof(
    fc.record({ known, variants, stray: fc.dictionary(fc.string(), anyValue, { maxKeys: 2 }) }).map(({ known, variants, stray }) => ({
      ...stray,
      ...known,
      ...(keys.includes("variants") ? { variants } : {}),
    })),
    fc.anything()
  )
}

describe("store and seller validators under random input", () => {
  for (const [name, { schema, keys }] of Object.entries(VALIDATORS)) {
    it(`${name} answers every input without throwing, and every refusal reads as a message`, () => {
      fc.assert(
        fc.property(bodyFor(keys), (input) => {
          const parsed = schema.safeParse(input)
          if (!parsed.success) {
            const message = vietnameseMessage(parsed.error.issues)
            expect(message.length).toBeGreaterThan(0)
          }
        }),
        { numRuns: 200 }
      )
    })
  }
})
