import fc from "fast-check"
import { encodeAny } from "./security-http"
import { SQL_INJECTION } from "./security-payloads"

/** Strings that trip parsers: numbers in words, huge numbers, quotes, NUL, lone surrogates. */
export const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.constantFrom(
    "", " ", "0", "-1", "1e309", "NaN", "Infinity", "0x10", "9".repeat(40), "\u0000", "\ud800", "__proto__",
    "constructor", "true", "null", "[]", "{}", "+84 912 345 678", "1.5", "2026-02-30", "0000-00-00", "CP-1", "%", "*",
    "$gt", "..", "../../etc/passwd", ...SQL_INJECTION.filter((s) => s.length < 200)
  )
)

export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("$gt", "$in", "$or", "__proto__")), nastyString, { maxKeys: 2 }),
  fc.anything({ maxDepth: 2 })
)

/** A JSON body with the route's own keys (deep checks get reached) and stray ones. */
export function jsonBody(keys: readonly string[], nested: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown> {
  const known = keys.length ? fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: keys.length }) : fc.constant({})
  const extra = Object.keys(nested).length ? fc.record(nested, { requiredKeys: [] }) : fc.constant({})
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(known, extra, fc.dictionary(fc.string({ maxLength: 10 }), anyValue, { maxKeys: 1 })).map(([k, e, s]) => ({ ...s, ...k, ...e })) },
    fc.anything({ maxDepth: 2 })
  )
}

/** Query parameters with the route's keys and stray ones; arrays as repeats, objects as `k[sub]`. */
export function queryString(keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, fc.string({ maxLength: 10 }))
  return fc.array(fc.tuple(key, anyValue), { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => encodePair(k, v)).filter(Boolean).join("&"))
}

function encodePair(key: string, value: unknown): string {
  const k = encodeAny(key)
  if (Array.isArray(value)) return value.map((item) => `${k}=${encodeAny(String(item))}`).join("&")
  if (value && typeof value === "object") {
    return Object.entries(value).map(([sub, item]) => `${k}[${encodeAny(sub)}]=${encodeAny(String(item))}`).join("&")
  }
  return `${k}=${encodeAny(String(value))}`
}

/** A path segment: a plausible handle, an id shape, or anything. */
export const pathSegment = fc.oneof(
  fc.stringMatching(/^[a-z0-9-]{1,30}$/),
  fc.constantFrom("prod_01", "variant_x", "%00", "%2e%2e", "a%2Fb", "%E0%A4%A", "%ZZ"),
  nastyString.filter((s) => s.length > 0).map(encodeAny)
)

/** Raw bodies that are not JSON at all, sent with a JSON content type. */
export const brokenJson = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom("{", "[", '{"a":', "null", "1", '"x"', "{\"__proto__\":{\"x\":1}}", "\u0000", "{}".repeat(1000))
)
