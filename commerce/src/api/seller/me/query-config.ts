export const SELLER_ME_FIELDS = [
  "id",
  "name",
  "phone",
  "helper_team.handle",
  "helper_team.name",
  "memberships.role",
  "memberships.producer.id",
  "memberships.producer.handle",
  "memberships.producer.name",
  "memberships.producer.area_name",
  "memberships.producer.verification_status",
]

export type StoredSellerAccount = {
  id: string
  name: string
  phone: string
  helper_team?: { handle: string; name: string } | null
  memberships?: {
    role: string
    producer: { id: string; handle: string; name: string; area_name: string; verification_status: string }
  }[]
}

/** Named fields only: the household's private status and phone never reach the seller page. */
export function toSellerMe(account: StoredSellerAccount) {
  return {
    id: account.id,
    name: account.name,
    phone: account.phone,
    role: account.helper_team ? "helper" : "owner",
    helper_team: account.helper_team ? { handle: account.helper_team.handle, name: account.helper_team.name } : null,
    households: (account.memberships ?? [])
      .map((m) => ({
        id: m.producer.id,
        handle: m.producer.handle,
        name: m.producer.name,
        area_name: m.producer.area_name,
        verification_status: m.producer.verification_status,
        role: m.role,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
  }
}
