export type ParcelStatus = "new" | "packed" | "shipped" | "delivered" | "cancelled";
export type PaymentMethod = "cod" | "vietqr" | "stripe";
export type ParcelAction = "pack" | "ship" | "deliver";

/** One household's parcel, as GET /seller/households/:handle/orders returns it. */
export interface SellerOrder {
  id: string;
  number: string;
  created_at: string;
  status: ParcelStatus;
  payment_method: PaymentMethod;
  paid: boolean;
  /** `booking_date` (YYYY-MM-DD) marks a booking of an experience: guests coming that day, nothing to ship. */
  items: { title: string; variant_title: string | null; quantity: number; unit_price: number; total: number; booking_date?: string }[];
  items_total: number;
  shipping_total: number;
  fee: number;
  payout_amount: number;
  weight_grams: number;
  carrier: string | null;
  tracking_code: string | null;
  delivery: { name: string; phone: string; province_name: string; ward: string; street: string };
}

export interface StatusChange {
  action: ParcelAction;
  carrier?: string;
  tracking_code?: string;
  cash_collected?: boolean;
}

export interface Earnings {
  earned: number;
  paid_out: number;
  owed: number;
  entries: { kind: "earning" | "payout"; amount: number; order_number: string | null; reference: string | null; created_at: string }[];
}
