/** Words the synthetic catalog is built from: real Cao Bằng goods, places and family names. */
export const KINDS = [
  { vi: "Hạt dẻ", en: "chestnuts", category: "nong-san" },
  { vi: "Miến dong", en: "canna noodles", category: "dac-san-kho" },
  { vi: "Mật ong rừng", en: "wild honey", category: "tra-mat-ong" },
  { vi: "Trà Shan tuyết", en: "Shan tuyết tea", category: "tra-mat-ong" },
  { vi: "Thịt trâu gác bếp", en: "smoked buffalo", category: "dac-san-kho" },
  { vi: "Lạp sườn", en: "sausage", category: "dac-san-kho" },
  { vi: "Măng khô", en: "dried bamboo shoots", category: "dac-san-kho" },
  { vi: "Nấm hương", en: "shiitake", category: "dac-san-kho" },
  { vi: "Hoa hồi", en: "star anise", category: "dac-san-kho" },
  { vi: "Gạo nếp", en: "sticky rice", category: "nong-san" },
  { vi: "Quýt", en: "mandarins", category: "nong-san" },
  { vi: "Lê", en: "pears", category: "nong-san" },
  { vi: "Bánh khảo", en: "bánh khảo", category: "banh-truyen-thong" },
  { vi: "Bánh cuốn", en: "rice rolls", category: "banh-truyen-thong" },
  { vi: "Bánh chưng đen", en: "black square cake", category: "banh-truyen-thong" },
  { vi: "Khăn thổ cẩm", en: "brocade scarf", category: "thu-cong" },
  { vi: "Váy lanh", en: "hemp skirt", category: "thu-cong" },
  { vi: "Dao rèn", en: "forged knife", category: "thu-cong" },
  { vi: "Hương quế", en: "cinnamon incense", category: "thu-cong" },
  { vi: "Giỏ mây", en: "rattan basket", category: "thu-cong" },
  { vi: "Thạch đen", en: "black jelly", category: "dac-san-kho" },
  { vi: "Ớt", en: "chilli", category: "nong-san" },
  { vi: "Rau cải", en: "mustard greens", category: "nong-san" },
  { vi: "Khoai môn", en: "taro", category: "nong-san" },
]

export const QUALIFIERS = [
  { vi: "loại đặc biệt", en: "premium" },
  { vi: "hữu cơ", en: "organic" },
  { vi: "truyền thống", en: "traditional" },
  { vi: "hun khói", en: "smoked" },
  { vi: "sấy khô", en: "dried" },
  { vi: "tươi", en: "fresh" },
  { vi: "làm tay", en: "handmade" },
  { vi: "cổ thụ", en: "ancient tree" },
  { vi: "rừng già", en: "old forest" },
  { vi: "gói quà", en: "gift pack" },
]

export const PLACES = [
  { vi: "Trùng Khánh", area: "trung-khanh" },
  { vi: "Nguyên Bình", area: "nguyen-binh" },
  { vi: "Phja Đén", area: "nguyen-binh" },
  { vi: "Quảng Hòa", area: "quang-hoa" },
  { vi: "Phúc Sen", area: "quang-hoa" },
  { vi: "Thạch An", area: "thach-an" },
  { vi: "Trà Lĩnh", area: "tra-linh" },
  { vi: "Bảo Lạc", area: "bao-lac" },
  { vi: "Bảo Lâm", area: "bao-lam" },
  { vi: "Hòa An", area: "hoa-an" },
  { vi: "Hà Quảng", area: "ha-quang" },
  { vi: "Hạ Lang", area: "ha-lang" },
  { vi: "Đông Khê", area: "thach-an" },
  { vi: "Pác Bó", area: "ha-quang" },
]

export const FAMILY_NAMES = ["Nông", "Lục", "Triệu", "Bàn", "Hoàng", "Lâm", "Bế", "Đàm", "Lương", "Lý", "Vàng", "Ma", "Chu", "La", "Hà", "Đinh"]
export const GIVEN_NAMES = ["Thị Hoa", "Văn Tuấn", "Thị Mây", "Văn Quý", "Văn Sình", "Thị Duyên", "Thị Lan", "Văn Bình", "Thị Nga", "Văn Páo", "Thị Sáy", "Văn Dũng", "Thị Thảo", "Văn Hiếu", "Thị Xuân", "Văn Hùng"]

export const DESCRIPTION_PHRASES = [
  "trồng trên nương đồi",
  "thu hái đúng mùa",
  "phơi nắng tự nhiên",
  "đóng gói cẩn thận",
  "gia đình làm theo cách của ông bà",
  "giao hàng toàn quốc",
  "hợp làm quà biếu dịp Tết",
  "không chất bảo quản",
]
