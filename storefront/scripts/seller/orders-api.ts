import { call } from "./api.ts";
import type { Earnings, SellerOrder, StatusChange } from "./order-types.ts";

const base = (household: string) => `/seller/households/${encodeURIComponent(household)}`;

export const ordersApi = {
  list: (household: string) => call<{ orders: SellerOrder[]; count: number }>("GET", `${base(household)}/orders`),
  change: (household: string, id: string, change: StatusChange) =>
    call<{ order: SellerOrder }>("POST", `${base(household)}/orders/${encodeURIComponent(id)}/status`, change),
  earnings: (household: string) => call<Earnings>("GET", `${base(household)}/earnings`),
};
