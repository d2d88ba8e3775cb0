import { z } from "zod"
import { OrderLookupBody } from "../order-lookup/validators"

/** The buyer's proof (order number + phone), as for the order lookup. */
export const MyDataExportBody = OrderLookupBody

/** Erasing needs the proof and an explicit yes: the page asks before sending it. */
export const MyDataEraseBody = OrderLookupBody.extend({
  confirm: z.literal(true, { error: "Hãy xác nhận bạn muốn xoá dữ liệu của mình." }),
}).strict()
