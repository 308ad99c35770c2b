/** The bench newsroom's sections, tags, bylines and source lines, each in Vietnamese and English. */
import type { Phrase } from "./corpus";

export const CATEGORIES = [
  { key: "news", weight: 20, vi: ["Thời sự", "thoi-su"], en: ["News", "news"] },
  { key: "world", weight: 14, vi: ["Thế giới", "the-gioi"], en: ["World", "world"] },
  { key: "diplomacy", weight: 12, vi: ["Ngoại giao", "ngoai-giao"], en: ["Diplomacy", "diplomacy"] },
  { key: "business", weight: 12, vi: ["Kinh tế", "kinh-te"], en: ["Business", "business"] },
  { key: "society", weight: 10, vi: ["Xã hội", "xa-hoi"], en: ["Society", "society"] },
  { key: "culture", weight: 8, vi: ["Văn hóa", "van-hoa"], en: ["Culture", "culture"] },
  { key: "education", weight: 7, vi: ["Giáo dục", "giao-duc"], en: ["Education", "education"] },
  { key: "sports", weight: 7, vi: ["Thể thao", "the-thao"], en: ["Sports", "sports"] },
  { key: "science", weight: 5, vi: ["Khoa học – Công nghệ", "khoa-hoc-cong-nghe"], en: ["Science & Technology", "science-technology"] },
  { key: "travel", weight: 5, vi: ["Du lịch", "du-lich"], en: ["Travel", "travel"] },
] as const;

export const TAGS: Phrase[] = [
  ["ASEAN", "ASEAN"],
  ["Nhật Bản", "Japan"],
  ["Hàn Quốc", "South Korea"],
  ["Hoa Kỳ", "United States"],
  ["Liên minh châu Âu", "European Union"],
  ["Tây Nguyên", "Central Highlands"],
  ["Đồng bằng sông Cửu Long", "Mekong Delta"],
  ["Biến đổi khí hậu", "Climate change"],
  ["Chuyển đổi số", "Digital transformation"],
  ["Cà phê", "Coffee"],
  ["Du lịch xanh", "Green tourism"],
  ["Ngoại giao văn hóa", "Cultural diplomacy"],
  ["Kiều bào", "Overseas Vietnamese"],
  ["Đầu tư nước ngoài", "Foreign investment"],
  ["Xuất khẩu", "Exports"],
  ["Giáo dục đại học", "Higher education"],
  ["Y tế cơ sở", "Primary health care"],
  ["Bóng đá", "Football"],
  ["SEA Games", "SEA Games"],
  ["Năng lượng tái tạo", "Renewable energy"],
  ["Hạ tầng giao thông", "Transport infrastructure"],
  ["Liên Hợp Quốc", "United Nations"],
  ["Di sản", "Heritage"],
  ["Khởi nghiệp", "Start-ups"],
];

export const BYLINES: Phrase[] = [
  ["Nhóm phóng viên Thời sự", "News desk"],
  ["Phóng viên thường trú tại Tây Nguyên", "Central Highlands correspondent"],
  ["Ban Biên tập đối ngoại", "Foreign affairs desk"],
];

export const SOURCE_LINES: Phrase[] = [
  ["Theo TTXVN", "Source: VNA"],
  ["Theo Báo Thế giới và Việt Nam", "Source: World & Vietnam Report"],
  ["Tổng hợp", "Compiled by the newsroom"],
];
