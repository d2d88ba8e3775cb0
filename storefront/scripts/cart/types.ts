/** The shapes of the store checkout API (see the lead's contract), as the islands read them. */

export interface CartLine {
  id: string;
  title: string;
  product_id: string | null;
  product_title: string | null;
  product_handle: string | null;
  variant_id: string | null;
  variant_title: string | null;
  quantity: number;
  unit_price: number;
  total?: number | null;
  metadata?: Record<string, unknown> | null;
}

export interface Cart {
  id: string;
  items?: CartLine[] | null;
  item_total?: number | null;
  completed_at?: string | null;
}

export interface ProducerRef {
  handle: string;
  name: string;
}

export interface ParcelItem {
  title: string;
  variant_title?: string | null;
  quantity: number;
  total: number;
}

export interface Parcel {
  /** null only if the server could not tell whose it is (should not happen). */
  producer: ProducerRef | null;
  items: ParcelItem[];
  weight_grams?: number;
  zone?: string;
  shipping: number;
}

export interface OrderParcel extends Parcel {
  status: string;
  carrier?: string | null;
  tracking_code?: string | null;
}

export interface VietQr {
  payload: string;
  bank_name: string;
  account_number: string;
  account_name: string;
  amount: number;
  reference: string;
  pay_before: string;
}

export interface OrderSummary {
  number: string;
  display_id: number;
  created_at: string;
  total: number;
  item_total: number;
  shipping_total: number;
  payment: { method: string; status: string; vietqr?: VietQr | null };
  delivery: { name: string; phone: string; province_code: string; province_name: string; ward: string; street: string };
  parcels: OrderParcel[];
}

export interface PaymentMethod {
  id: string;
  label_vi: string;
  label_en: string;
  publishable_key?: string;
}

export interface AddressInput {
  name: string;
  phone: string;
  province_code: string;
  ward: string;
  street: string;
  email?: string;
}
