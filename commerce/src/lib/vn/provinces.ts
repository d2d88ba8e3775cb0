/**
 * Vietnam's 34 provincial-level units after the 2025 merger (Resolution 202/2025/QH15,
 * in force 1 July 2025), with the region that sets their shipping zone. Copied from the
 * seed catalogue so nothing reads it at run time. No imports: the storefront uses it too.
 */
export type Region = "north" | "central" | "south"

/** Parcels leave from Cao Bằng, so the home province is a zone of its own. */
export type ShippingZone = "cao-bang" | Region

export type Province = {
  readonly code: string
  readonly name: string
  readonly name_en: string
  readonly region: Region
}

/** The province the households ship from. */
export const HOME_PROVINCE_CODE = "CB"

export const PROVINCES: readonly Province[] = Object.freeze([
  { code: "HN", name: "Thành phố Hà Nội", name_en: "Ha Noi City", region: "north" },
  { code: "HP", name: "Thành phố Hải Phòng", name_en: "Hai Phong City", region: "north" },
  { code: "HUE", name: "Thành phố Huế", name_en: "Hue City", region: "central" },
  { code: "DN", name: "Thành phố Đà Nẵng", name_en: "Da Nang City", region: "central" },
  { code: "HCM", name: "Thành phố Hồ Chí Minh", name_en: "Ho Chi Minh City", region: "south" },
  { code: "CT", name: "Thành phố Cần Thơ", name_en: "Can Tho City", region: "south" },
  { code: "CB", name: "Cao Bằng", name_en: "Cao Bang", region: "north" },
  { code: "LS", name: "Lạng Sơn", name_en: "Lang Son", region: "north" },
  { code: "LCH", name: "Lai Châu", name_en: "Lai Chau", region: "north" },
  { code: "DB", name: "Điện Biên", name_en: "Dien Bien", region: "north" },
  { code: "SL", name: "Sơn La", name_en: "Son La", region: "north" },
  { code: "QNI", name: "Quảng Ninh", name_en: "Quang Ninh", region: "north" },
  { code: "TQ", name: "Tuyên Quang", name_en: "Tuyen Quang", region: "north" },
  { code: "LCA", name: "Lào Cai", name_en: "Lao Cai", region: "north" },
  { code: "TN", name: "Thái Nguyên", name_en: "Thai Nguyen", region: "north" },
  { code: "PT", name: "Phú Thọ", name_en: "Phu Tho", region: "north" },
  { code: "BN", name: "Bắc Ninh", name_en: "Bac Ninh", region: "north" },
  { code: "HY", name: "Hưng Yên", name_en: "Hung Yen", region: "north" },
  { code: "NB", name: "Ninh Bình", name_en: "Ninh Binh", region: "north" },
  { code: "TH", name: "Thanh Hóa", name_en: "Thanh Hoa", region: "central" },
  { code: "NA", name: "Nghệ An", name_en: "Nghe An", region: "central" },
  { code: "HT", name: "Hà Tĩnh", name_en: "Ha Tinh", region: "central" },
  { code: "QT", name: "Quảng Trị", name_en: "Quang Tri", region: "central" },
  { code: "QNG", name: "Quảng Ngãi", name_en: "Quang Ngai", region: "central" },
  { code: "GL", name: "Gia Lai", name_en: "Gia Lai", region: "central" },
  { code: "KH", name: "Khánh Hòa", name_en: "Khanh Hoa", region: "central" },
  { code: "DL", name: "Đắk Lắk", name_en: "Dak Lak", region: "central" },
  { code: "LD", name: "Lâm Đồng", name_en: "Lam Dong", region: "central" },
  { code: "DNA", name: "Đồng Nai", name_en: "Dong Nai", region: "south" },
  { code: "TNI", name: "Tây Ninh", name_en: "Tay Ninh", region: "south" },
  { code: "VL", name: "Vĩnh Long", name_en: "Vinh Long", region: "south" },
  { code: "DT", name: "Đồng Tháp", name_en: "Dong Thap", region: "south" },
  { code: "AG", name: "An Giang", name_en: "An Giang", region: "south" },
  { code: "CM", name: "Cà Mau", name_en: "Ca Mau", region: "south" },
])

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((province) => [province.code, province]))

/** The province with this code (as stored: upper case, e.g. "HN"), or undefined. */
export function findProvince(code: string): Province | undefined {
  return BY_CODE.get(code)
}

/** The shipping zone of a province code, or undefined when the code is not one of the 34. */
export function shippingZone(code: string): ShippingZone | undefined {
  if (code === HOME_PROVINCE_CODE) {
    return "cao-bang"
  }
  return BY_CODE.get(code)?.region
}
