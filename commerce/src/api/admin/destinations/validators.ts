import { z } from "zod"

const text = (label: string, max: number) =>
  z
    .string({ error: `Thiếu ${label}` })
    .trim()
    .min(1, `${label} không được để trống`)
    .max(max, `${label} dài quá (tối đa ${max} ký tự)`)
    .transform((value) => value.normalize("NFC"))

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} dài quá (tối đa ${max} ký tự)`)
    .transform((value) => (value === "" ? null : value.normalize("NFC")))
    .nullable()
    .optional()

const slug = z
  .string({ error: "Thiếu địa chỉ trang" })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Địa chỉ trang chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ thac-ban-gioc")
  .max(120, "Địa chỉ trang dài quá (tối đa 120 ký tự)")

const fields = {
  slug,
  title: text("Tên điểm đến", 200),
  title_en: text("Tên tiếng Anh", 200),
  summary: text("Tóm tắt", 300),
  summary_en: text("Tóm tắt tiếng Anh", 300),
  body: text("Bài viết", 50_000),
  body_en: optionalText("Bài viết tiếng Anh", 50_000),
  how_to_get_there: optionalText("Cách đi", 5_000),
  how_to_get_there_en: optionalText("Cách đi (tiếng Anh)", 5_000),
  area: z.string({ error: "Thiếu khu vực" }).regex(/^[a-z0-9-]{1,64}$/, "Khu vực viết không dấu, ví dụ trung-khanh"),
  latitude: z.number({ error: "Vĩ độ phải là số" }).min(20, "Vĩ độ phải trong miền Bắc (20–24)").max(24, "Vĩ độ phải trong miền Bắc (20–24)"),
  longitude: z
    .number({ error: "Kinh độ phải là số" })
    .min(102, "Kinh độ phải trong miền Bắc (102–110)")
    .max(110, "Kinh độ phải trong miền Bắc (102–110)"),
  coordinates_approximate: z.boolean({ error: "Tọa độ gần đúng: chọn có hoặc không" }),
  best_season: optionalText("Mùa đẹp nhất", 200),
}

export const AdminCreateDestination = z
  .object({ ...fields, coordinates_approximate: fields.coordinates_approximate.default(true) })
  .strict()
export type AdminCreateDestinationType = z.infer<typeof AdminCreateDestination>

export const AdminUpdateDestination = z
  .object(fields)
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, "Chưa có gì thay đổi")
export type AdminUpdateDestinationType = z.infer<typeof AdminUpdateDestination>

export const AdminListDestinations = z
  .object({
    status: z.enum(["draft", "published"], { error: "Trạng thái là draft hoặc published" }).optional(),
    q: z.string().trim().min(1).max(100, "Từ tìm dài quá").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
export type AdminListDestinationsType = z.infer<typeof AdminListDestinations>

export const AdminEmptyBody = z.object({}).strict()

const productIds = z
  .array(z.string().regex(/^prod_[0-9A-Za-z]{1,40}$/, "Mã sản phẩm không hợp lệ"))
  .max(100, "Mỗi lần chỉ được gắn hoặc bỏ tối đa 100 sản phẩm")
  .default([])

export const AdminLinkDestinationProducts = z
  .object({ add: productIds, remove: productIds })
  .strict()
  .refine((body) => body.add.length + body.remove.length > 0, "Chưa chọn sản phẩm nào để gắn hoặc bỏ")
export type AdminLinkDestinationProductsType = z.infer<typeof AdminLinkDestinationProducts>

export const AdminPhotoQuery = z
  .object({ role: z.enum(["cover", "gallery"], { error: "Ảnh là ảnh bìa (cover) hoặc ảnh thêm (gallery)" }).default("cover") })
  .strict()
export type AdminPhotoQueryType = z.infer<typeof AdminPhotoQuery>

export const AdminPreviewMarkdown = z
  .object({ markdown: z.string({ error: "Thiếu nội dung" }).max(50_000, "Bài viết dài quá (tối đa 50.000 ký tự)") })
  .strict()
export type AdminPreviewMarkdownType = z.infer<typeof AdminPreviewMarkdown>

export const AdminLinkableProducts = z
  .object({
    q: z.string().trim().min(1).max(100, "Từ tìm dài quá").optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict()
export type AdminLinkableProductsType = z.infer<typeof AdminLinkableProducts>
