/**
 * Bounds for photos from phones. A 12-megapixel camera photo is ~3–8 MB; 15 MB and
 * 40 megapixels leave room for 48 MP sensors binned to 12 MP while staying far below
 * sharp's 268-megapixel default, which would let one upload take gigabytes.
 */
export const MAX_INPUT_BYTES = 15 * 1024 * 1024
export const MAX_INPUT_PIXELS = 40_000_000

/** Responsive widths for `srcset`; the storefront picks by viewport, 3G phones take 320/640. */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600] as const

/** Tall strips (receipts, screenshots) are boxed to this many widths high so one variant stays small. */
export const MAX_HEIGHT_TO_WIDTH = 2

export const PLACEHOLDER_WIDTH = 16

/**
 * Encoder settings chosen by `npm run bench:images` for ≤ 2 s per 12 MP photo on one core:
 * AVIF effort above 0 costs seconds per photo on this CPU, so its quality carries the size.
 */
export const ENCODERS = {
  avif: { quality: 50, effort: 0 },
  webp: { quality: 75, effort: 2 },
  jpeg: { quality: 78, progressive: true },
} as const

/**
 * Photos processed at once per server process. Each 12 MP job peaks near 60 MB inside
 * libvips; two at a time keeps four simultaneous uploads within the 350 MB budget.
 */
export const MAX_CONCURRENT_JOBS = 2
