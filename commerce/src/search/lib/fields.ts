import { search } from "@medusajs/framework/utils"

/**
 * One index for everything a buyer can find, told apart by `type`, so results of every
 * kind share one ranking, one page and one total. Experiences and destinations join by
 * adding a document builder and their events; the fields below already fit them
 * (title, description, area, price, handle).
 */
export const catalogSearchFields = search.define({
  id: search.keyword().filterable(),
  type: search.keyword().filterable().facetable(),
  // Sortable to break ties, so pages never overlap when many documents share a price or date.
  handle: search.keyword().filterable().sortable(),
  title: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 3 }),
  tags: search.keyword().array().searchable({ weight: 2 }),
  category: search.keyword().filterable().facetable(),
  category_name: search.text().searchable({ weight: 2 }),
  category_name_en: search.text().searchable({ weight: 2 }),
  producer_handle: search.keyword().filterable(),
  producer_name: search.text().searchable({ weight: 2 }),
  area: search.keyword().filterable().facetable(),
  area_name: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  description_en: search.text().searchable({ weight: 1 }),
  // Index-only: the other phrases of every synonym group the document contains.
  synonyms: search.text().searchable({ weight: 1 }).retrievable(false),
  price: search.integer().filterable().sortable().facetable({ types: ["range", "stats"] }),
  in_stock: search.boolean().filterable().facetable(),
  ocop_stars: search.integer().filterable().facetable({ types: ["value"] }),
  thumbnail: search.keyword(),
  created_at: search.date().sortable(),
})

export type CatalogDocument = {
  id: string
  type: "product" | "producer" | "experience"
  handle: string
  title: string
  title_en: string | null
  tags: string[]
  category: string | null
  category_name: string | null
  category_name_en: string | null
  producer_handle: string | null
  producer_name: string | null
  area: string | null
  area_name: string | null
  description: string | null
  description_en: string | null
  synonyms: string
  price: number | null
  in_stock: boolean | null
  ocop_stars: number | null
  thumbnail: string | null
  created_at: string
}
