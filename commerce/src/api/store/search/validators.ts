import { z } from "zod"

const handle = (what: string) => z.string().regex(/^[a-z0-9-]{1,100}$/, `${what} không hợp lệ`)
const wholeDong = (what: string) =>
  z.coerce.number({ error: `${what} phải là một số` }).int(`${what} phải là số đồng nguyên`).min(0, `${what} không được âm`).max(1_000_000_000, `${what} quá lớn`)

export const SEARCH_SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export const SEARCH_TYPES = ["product", "producer", "experience", "destination"] as const

/** `GET /store/search`: every parameter bounded, unknown ones refused, messages for people. */
export const StoreSearchQuery = z
  .strictObject(
    {
    q: z.string().trim().max(200, "từ khóa tìm kiếm quá dài (tối đa 200 ký tự)").default(""),
    type: z.enum(SEARCH_TYPES, { error: "loại kết quả không hợp lệ" }).optional(),
    category: handle("danh mục").optional(),
    area: handle("khu vực").optional(),
    price_min: wholeDong("giá thấp nhất").optional(),
    price_max: wholeDong("giá cao nhất").optional(),
    in_stock: z.enum(["true", "false"], { error: "còn hàng phải là true hoặc false" }).transform((v) => v === "true").optional(),
    ocop_min: z.coerce.number({ error: "số sao OCOP phải là một số" }).int("số sao OCOP phải là số nguyên").min(1, "số sao OCOP từ 1 đến 5").max(5, "số sao OCOP từ 1 đến 5").optional(),
    sort: z.enum(SEARCH_SORTS, { error: "cách sắp xếp không hợp lệ" }).default("relevance"),
    limit: z.coerce.number({ error: "số kết quả mỗi trang phải là một số" }).int().min(1, "số kết quả mỗi trang từ 1 đến 50").max(50, "số kết quả mỗi trang từ 1 đến 50").default(20),
    offset: z.coerce.number({ error: "vị trí bắt đầu phải là một số" }).int().min(0, "vị trí bắt đầu không được âm").max(1000, "chỉ xem được 1000 kết quả đầu tiên").default(0),
  },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `tham số không được hỗ trợ: ${issue.keys.join(", ")}` : undefined) }
  )
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max, {
    message: "giá thấp nhất phải nhỏ hơn hoặc bằng giá cao nhất",
    path: ["price_min"],
  })

export type StoreSearchQueryType = z.infer<typeof StoreSearchQuery>
