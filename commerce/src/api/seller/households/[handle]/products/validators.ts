import { z } from "zod"

const whole = (what: string, unit: string) =>
  z.number({ error: `${what} phải là một số` }).int(`${what} phải là số ${unit} chẵn, không có phần lẻ`)

const PriceVnd = whole("Giá", "đồng")
  .positive("Giá phải lớn hơn 0 đồng")
  .max(100_000_000, "Giá cao nhất là 100.000.000 đồng")
const WeightG = whole("Cân nặng", "gam").positive("Cân nặng phải lớn hơn 0 gam").max(50_000, "Cân nặng tối đa 50.000 gam (50 kg)")
const Stock = whole("Số lượng", "").min(0, "Số lượng không được âm").max(100_000, "Số lượng tối đa 100.000")
const Label = z
  .string({ error: "Vui lòng nhập tên loại hàng (ví dụ: Túi 500 g)" })
  .trim()
  .min(1, "Vui lòng nhập tên loại hàng (ví dụ: Túi 500 g)")
  .max(60, "Tên loại hàng dài quá 60 ký tự")
const TitleVi = z
  .string({ error: "Vui lòng nhập tên sản phẩm" })
  .trim()
  .min(1, "Vui lòng nhập tên sản phẩm")
  .max(120, "Tên sản phẩm dài quá 120 ký tự")
const TitleEn = z.string({ error: "Tên tiếng Anh phải là chữ" }).trim().max(120, "Tên tiếng Anh dài quá 120 ký tự")
const Description = z.string({ error: "Mô tả phải là chữ" }).trim().max(5_000, "Mô tả dài quá 5.000 ký tự")
const Category = z
  .string({ error: "Vui lòng chọn danh mục" })
  .regex(/^[a-z0-9-]{1,100}$/, "Danh mục không đúng")

const distinctLabels = (variants: { label?: string }[]) => {
  const labels = variants.flatMap((v) => (v.label === undefined ? [] : [v.label.toLowerCase()]))
  return new Set(labels).size === labels.length
}

const NewVariant = z.object({ label: Label, price_vnd: PriceVnd, weight_g: WeightG, stock: Stock }).strict()

/** A new product. Unknown fields (household, status, commission…) are refused, not ignored. */
export const SellerCreateProduct = z
  .object({
    title_vi: TitleVi,
    title_en: TitleEn.optional(),
    description_vi: Description.optional(),
    description_en: Description.optional(),
    category: Category,
    variants: z
      .array(NewVariant, { error: "Vui lòng thêm ít nhất 1 loại hàng" })
      .min(1, "Vui lòng thêm ít nhất 1 loại hàng")
      .max(10, "Tối đa 10 loại hàng")
      .refine(distinctLabels, "Mỗi loại hàng cần một tên riêng"),
  })
  .strict()
export type SellerCreateProductType = z.infer<typeof SellerCreateProduct>

const VariantChange = z
  .object({
    id: z.string({ error: "Thiếu mã loại hàng" }).regex(/^variant_[A-Za-z0-9]{1,40}$/, "Mã loại hàng không đúng"),
    label: Label.optional(),
    price_vnd: PriceVnd.optional(),
    weight_g: WeightG.optional(),
    stock: Stock.optional(),
  })
  .strict()

/** Changes to a product; only the fields sent are changed. */
export const SellerUpdateProduct = z
  .object({
    title_vi: TitleVi.optional(),
    title_en: TitleEn.optional(),
    description_vi: Description.optional(),
    description_en: Description.optional(),
    category: Category.optional(),
    variants: z.array(VariantChange).max(10, "Tối đa 10 loại hàng").refine(distinctLabels, "Mỗi loại hàng cần một tên riêng").optional(),
  })
  .strict()
export type SellerUpdateProductType = z.infer<typeof SellerUpdateProduct>

/** Publish, unpublish and delete take no body; anything sent is refused. */
export const SellerEmptyBody = z.object({}).strict()

export const SellerListProducts = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict()
export type SellerListProductsType = z.infer<typeof SellerListProducts>
