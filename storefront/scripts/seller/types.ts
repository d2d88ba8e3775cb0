export interface Seller {
  id: string;
  name: string;
  phone: string;
  role?: string;
  helper_team?: unknown;
}

export interface Household {
  id: string;
  handle: string;
  name: string;
  area_name: string | null;
  verification_status: string;
  role: string;
}

export interface Variant {
  id: string;
  label: string;
  price_vnd: number;
  weight_g: number;
  stock: number;
  reserved: number;
}

export interface Product {
  id: string;
  handle: string;
  status: string;
  title_vi: string;
  title_en: string | null;
  description_vi: string | null;
  category: string | null;
  thumbnail: string | null;
  variants: Variant[];
}

/** What the form sends; with `variantId` it edits, without it creates. */
export interface ProductInput {
  title_vi: string;
  description_vi?: string;
  category: string;
  variants: { label: string; price_vnd: number; weight_g: number; stock: number }[];
}
