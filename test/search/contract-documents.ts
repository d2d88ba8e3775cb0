import type { CatalogDocument } from "@/search/lib/fields"

let sequence = 0

/** A product document as the catalog index builds them, with overridable fields. */
export function productDoc(overrides: Partial<CatalogDocument> & { handle: string; title: string }): CatalogDocument {
  sequence += 1
  return {
    id: `prod_contract_${String(sequence).padStart(4, "0")}`,
    type: "product",
    title_en: null,
    tags: [],
    category: "dac-san-kho",
    category_name: "Đặc sản khô",
    category_name_en: "Dried specialties",
    producer_handle: "ho-thu",
    producer_name: "Hộ thử",
    area: "ha-quang",
    area_name: "Hà Quảng",
    description: null,
    description_en: null,
    synonyms: "",
    price: 100_000,
    in_stock: true,
    ocop_stars: null,
    thumbnail: null,
    created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString(),
    ...overrides,
  }
}
