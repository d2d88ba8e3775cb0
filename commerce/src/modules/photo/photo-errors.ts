import { MedusaError } from "@medusajs/framework/utils"
import type { SniffedFormat } from "./detect-format"
import { MAX_INPUT_BYTES, MAX_INPUT_PIXELS } from "./limits"

/**
 * Why a photo was refused, each with the words a seller reads on the phone: what went
 * wrong and what to do next, never a codec name they cannot act on.
 */
const MESSAGES = {
  empty: "Chưa nhận được ảnh. Vui lòng chọn ảnh rồi gửi lại.",
  too_large: `Ảnh quá nặng (hơn ${MAX_INPUT_BYTES / 1024 / 1024} MB). Vui lòng chụp lại hoặc chọn ảnh nhỏ hơn.`,
  too_many_pixels: `Ảnh quá lớn (hơn ${MAX_INPUT_PIXELS / 1_000_000} triệu điểm ảnh). Vui lòng chụp lại ở cỡ thường.`,
  heic: "Ảnh HEIC chưa dùng được. Trên điện thoại, chọn chụp ảnh dạng JPEG rồi gửi lại.",
  unsupported: "Tệp này không phải ảnh JPEG, PNG hay WebP. Vui lòng chọn một ảnh chụp từ điện thoại.",
  svg: "Không nhận ảnh SVG. Vui lòng gửi ảnh chụp dạng JPEG, PNG hoặc WebP.",
  suspicious: "Tệp ảnh có chứa mã lạ nên không được nhận. Vui lòng chụp lại ảnh rồi gửi.",
  broken: "Ảnh bị hỏng hoặc gửi chưa hết. Vui lòng gửi lại ảnh.",
} as const

export type PhotoRefusal = keyof typeof MESSAGES

/** The seller's mistake, not the server's: INVALID_DATA becomes a 400 with this message. */
export function photoRefused(reason: PhotoRefusal): MedusaError {
  return new MedusaError(MedusaError.Types.INVALID_DATA, MESSAGES[reason])
}

export function refusalForFormat(format: SniffedFormat): PhotoRefusal {
  if (format === "heic") return "heic"
  if (format === "svg") return "svg"
  return "unsupported"
}
