type ActionRecord = {
  action: string
  role: string
  seller_name: string
  producer_name: string
  entity_title?: string | null
}

const VERBS: Record<string, string> = {
  "product.create": "đăng sản phẩm",
  "product.update": "sửa sản phẩm",
  "product.publish": "mở bán sản phẩm",
  "product.unpublish": "ngừng bán sản phẩm",
  "product.delete": "xoá sản phẩm",
}

/**
 * One line for the operator: "Người hỗ trợ Tổ Đàm Thủy đăng sản phẩm «Hạt dẻ» cho Hộ bà
 * Nông Thị Hoa". A helper's action always names the household it acted for.
 */
export function describeSellerAction(record: ActionRecord): string {
  const who = record.role === "helper" ? `Người hỗ trợ ${record.seller_name}` : record.seller_name
  const verb = VERBS[record.action] ?? record.action
  const what = record.entity_title ? ` «${record.entity_title}»` : ""
  return `${who} ${verb}${what} cho ${record.producer_name}`
}
