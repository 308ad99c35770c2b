/**
 * The demo field trips: thirteen that took place in the two years up to
 * November 2026 (the service "ran 13 trips in two years"), one called off by a
 * storm, one confirmed for January 2027 and one still an idea. Each is driven
 * through the real workflow by the press officer, approved by the chief editor.
 */
import type { BudgetCategory, CoverageTone, TripStatus } from "@/lib/generated/prisma/enums";
import type { ContactKey, OutletKey } from "./directory";

export type SeedAnswer = "ACCEPTED" | "DECLINED" | "ATTENDED" | "NO_SHOW" | "INVITED";
export type SeedTrip = {
  title: string;
  provinceCodes: string[];
  startsOn: string;
  endsOn: string;
  topic: string;
  goals: string;
  partnerAuthority: string;
  capacity: number;
  /** Where the workflow leaves it. */
  status: TripStatus;
  cancelReason?: string;
  escorts: ContactKey[];
  budget: { category: BudgetCategory; description: string; quantity: number; unitCost: string }[];
  participants: Partial<Record<ContactKey, SeedAnswer>>;
  itinerary?: { day: string; start: string; end?: string; activity: string; place: string; host?: string; transport?: string }[];
  coverage?: { outlet: OutletKey; title: string; url: string; language: string; publishedOn: string; reach?: number; tone: CoverageTone }[];
  /** A recap on the reader site. */
  publicRecap?: { vi: { title: string; summary: string }; en: { title: string; summary: string } };
};

const STANDARD_BUDGET = (nights: number, people: number): SeedTrip["budget"] => [
  { category: "TRANSPORT", description: "Vé máy bay khứ hồi / return flights", quantity: people, unitCost: "3200000" },
  { category: "ACCOMMODATION", description: "Khách sạn / hotel", quantity: people * nights, unitCost: "1100000" },
  { category: "MEALS", description: "Ăn uống / meals", quantity: people * (nights + 1), unitCost: "450000" },
  { category: "INTERPRETERS", description: "Phiên dịch / interpreting", quantity: nights + 1, unitCost: "2500000" },
];

const past = (answers: ContactKey[], noShow: ContactKey[] = []): SeedTrip["participants"] =>
  Object.fromEntries([...answers.map((key) => [key, "ATTENDED"] as const), ...noShow.map((key) => [key, "NO_SHOW"] as const)]);

export const SEED_TRIPS: SeedTrip[] = [
  {
    title: "Phóng viên nước ngoài tìm hiểu kinh tế xanh tại Quảng Ninh",
    provinceCodes: ["QNI"], startsOn: "2024-12-10", endsOn: "2024-12-12",
    topic: "Du lịch xanh ở vịnh Hạ Long và Khu kinh tế Vân Đồn", goals: "Giới thiệu chuyển đổi xanh của một tỉnh công nghiệp.",
    partnerAuthority: "Sở Văn hóa, Thể thao và Du lịch Quảng Ninh", capacity: 12, status: "REPORTED", escorts: ["huong"],
    budget: STANDARD_BUDGET(2, 8), participants: past(["tanaka", "kim", "dubois", "schmidt", "tan", "lefebvre"]),
    coverage: [
      { outlet: "kyodo", title: "Ha Long Bay bets on electric boats", url: "https://kyodo.example.org/2024/12/ha-long-electric-boats", language: "en", publishedOn: "2024-12-14", reach: 120000, tone: "POSITIVE" },
      { outlet: "afp", title: "Au Vietnam, la baie d'Halong mise sur un tourisme plus vert", url: "https://afp.example.org/2024/12/halong-tourisme-vert", language: "fr", publishedOn: "2024-12-16", tone: "NEUTRAL" },
    ],
  },
  {
    title: "Đồng bằng sông Cửu Long thích ứng biến đổi khí hậu",
    provinceCodes: ["CT"], startsOn: "2025-01-14", endsOn: "2025-01-16",
    topic: "Thích ứng biến đổi khí hậu và chuyển đổi nông nghiệp", goals: "Cho thấy nỗ lực ứng phó xâm nhập mặn.",
    partnerAuthority: "UBND thành phố Cần Thơ", capacity: 10, status: "REPORTED", escorts: ["quan"],
    budget: STANDARD_BUDGET(2, 7), participants: past(["li", "perez", "walker", "tan", "oconnor"], ["sato"]),
    coverage: [{ outlet: "straitsTimes", title: "Mekong farmers swap rice for shrimp as the sea creeps in", url: "https://straitstimes.example.org/2025/01/mekong-salinity", language: "en", publishedOn: "2025-01-20", reach: 85000, tone: "NEUTRAL" }],
  },
  {
    title: "Sa Pa: du lịch cộng đồng và sinh kế đồng bào dân tộc",
    provinceCodes: ["LCI"], startsOn: "2025-03-18", endsOn: "2025-03-20",
    topic: "Du lịch cộng đồng và giảm nghèo bền vững", goals: "Giới thiệu mô hình du lịch cộng đồng.",
    partnerAuthority: "UBND tỉnh Lào Cai", capacity: 10, status: "REPORTED", escorts: ["huong", "thuHa"],
    budget: STANDARD_BUDGET(2, 6), participants: past(["kim", "sato", "schmidt", "phommachanh"]),
    coverage: [{ outlet: "yonhap", title: "베트남 사파, 공동체 관광으로 빈곤 탈출", url: "https://yonhap.example.org/2025/03/sapa", language: "ko", publishedOn: "2025-03-24", reach: 60000, tone: "POSITIVE" }],
  },
  {
    title: "Đà Nẵng 50 năm: đổi mới sáng tạo và khởi nghiệp",
    provinceCodes: ["DN"], startsOn: "2025-04-22", endsOn: "2025-04-24",
    topic: "Đổi mới sáng tạo, khởi nghiệp và trung tâm tài chính", goals: "Giới thiệu Đà Nẵng sau 50 năm giải phóng.",
    partnerAuthority: "UBND thành phố Đà Nẵng", capacity: 14, status: "REPORTED", escorts: ["quan"],
    budget: STANDARD_BUDGET(2, 10), participants: past(["tanaka", "li", "dubois", "moreau", "tan", "walker", "yamamoto"]),
    coverage: [
      { outlet: "nhk", title: "Da Nang courts chip designers", url: "https://nhk.example.org/2025/04/da-nang-chips", language: "en", publishedOn: "2025-04-28", reach: 300000, tone: "POSITIVE" },
      { outlet: "xinhua", title: "越南岘港加快建设创新中心", url: "https://xinhua.example.org/2025/04/danang-innovation", language: "zh", publishedOn: "2025-04-25", tone: "POSITIVE" },
    ],
  },
  {
    title: "Về quê Bác: 135 năm Ngày sinh Chủ tịch Hồ Chí Minh",
    provinceCodes: ["NA"], startsOn: "2025-05-13", endsOn: "2025-05-15",
    topic: "Di tích Kim Liên và phát triển kinh tế Nghệ An", goals: "Đưa tin dịp kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
    partnerAuthority: "UBND tỉnh Nghệ An", capacity: 12, status: "REPORTED", escorts: ["huong"],
    budget: STANDARD_BUDGET(2, 8), participants: past(["li", "perez", "phommachanh", "kim", "lefebvre"]),
    coverage: [{ outlet: "prensaLatina", title: "Kim Lien, la aldea natal de Ho Chi Minh", url: "https://prensa-latina.example.org/2025/05/kim-lien", language: "es", publishedOn: "2025-05-19", tone: "POSITIVE" }],
  },
  {
    title: "Huế: bảo tồn di sản trong đô thị di sản",
    provinceCodes: ["HUE"], startsOn: "2025-07-15", endsOn: "2025-07-17",
    topic: "Bảo tồn Quần thể di tích Cố đô Huế", goals: "Giới thiệu thành phố trực thuộc trung ương mới.",
    partnerAuthority: "Trung tâm Bảo tồn Di tích Cố đô Huế", capacity: 10, status: "REPORTED", escorts: ["thuHa"],
    budget: STANDARD_BUDGET(2, 7), participants: past(["dubois", "moreau", "schmidt", "tanaka", "oconnor"]),
    coverage: [{ outlet: "dw", title: "Hue restores its imperial citadel, one gate at a time", url: "https://dw.example.org/2025/07/hue-citadel", language: "en", publishedOn: "2025-07-22", reach: 150000, tone: "POSITIVE" }],
  },
  {
    title: "Gia Lai sau hợp nhất: điện gió và nông nghiệp công nghệ cao",
    provinceCodes: ["GL"], startsOn: "2025-08-19", endsOn: "2025-08-21",
    topic: "Năng lượng tái tạo và nông nghiệp công nghệ cao", goals: "Giới thiệu tỉnh Gia Lai mới từ Tây Nguyên ra biển.",
    partnerAuthority: "UBND tỉnh Gia Lai", capacity: 10, status: "REPORTED", escorts: ["quan"],
    budget: STANDARD_BUDGET(2, 6), participants: past(["kim", "li", "walker", "tan"]),
    coverage: [{ outlet: "abc", title: "Wind farms rise over Vietnam's Central Highlands", url: "https://abc.example.org/2025/08/gia-lai-wind", language: "en", publishedOn: "2025-08-27", reach: 210000, tone: "NEUTRAL" }],
  },
  {
    title: "Đắk Lắk: cà phê bền vững và không gian văn hóa cồng chiêng",
    provinceCodes: ["DLK"], startsOn: "2025-09-16", endsOn: "2025-09-18",
    topic: "Tìm hiểu phát triển kinh tế – xã hội của tỉnh", goals: "Cà phê bền vững và di sản cồng chiêng Tây Nguyên.",
    partnerAuthority: "UBND tỉnh Đắk Lắk", capacity: 12, status: "REPORTED", escorts: ["huong", "thuHa"],
    budget: STANDARD_BUDGET(2, 9), participants: past(["tanaka", "sato", "kim", "dubois", "perez", "schmidt"], ["walker"]),
    coverage: [
      { outlet: "kyodo", title: "Vietnam's coffee capital goes for traceable beans", url: "https://kyodo.example.org/2025/09/dak-lak-coffee", language: "en", publishedOn: "2025-09-21", reach: 140000, tone: "POSITIVE" },
      { outlet: "afp", title: "Au Đắk Lắk, le café vietnamien se veut durable", url: "https://afp.example.org/2025/09/dak-lak-cafe", language: "fr", publishedOn: "2025-09-22", tone: "NEUTRAL" },
      { outlet: "dw", title: "The gongs of the Central Highlands", url: "https://dw.example.org/2025/09/central-highlands-gongs", language: "de", publishedOn: "2025-09-25", reach: 90000, tone: "POSITIVE" },
    ],
    publicRecap: {
      vi: { title: "Phóng viên nước ngoài tìm hiểu cà phê bền vững tại Đắk Lắk", summary: "Từ ngày 16 đến 18/9/2025, phóng viên nước ngoài thường trú tại Việt Nam đã thăm Đắk Lắk, tìm hiểu chuỗi giá trị cà phê bền vững và không gian văn hóa cồng chiêng Tây Nguyên.\n\nChuyến đi do Bộ Ngoại giao phối hợp với UBND tỉnh Đắk Lắk tổ chức." },
      en: { title: "Foreign reporters learn about sustainable coffee in Đắk Lắk", summary: "From 16 to 18 September 2025, foreign correspondents based in Vietnam visited Đắk Lắk to learn about its sustainable coffee value chain and the gong culture of the Central Highlands.\n\nThe trip was organised by the Ministry of Foreign Affairs with the Đắk Lắk People's Committee." },
    },
  },
  {
    title: "Quảng Trị: khát vọng hòa bình và khắc phục hậu quả bom mìn",
    provinceCodes: ["QT"], startsOn: "2025-10-21", endsOn: "2025-10-23",
    topic: "Khắc phục hậu quả bom mìn, hợp tác quốc tế", goals: "Giới thiệu hợp tác quốc tế về rà phá bom mìn.",
    partnerAuthority: "UBND tỉnh Quảng Trị", capacity: 10, status: "REPORTED", escorts: ["quan"],
    budget: STANDARD_BUDGET(2, 6), participants: past(["schmidt", "walker", "oconnor", "yamamoto"]),
    coverage: [{ outlet: "abc", title: "Clearing the bombs of a war that ended 50 years ago", url: "https://abc.example.org/2025/10/quang-tri-uxo", language: "en", publishedOn: "2025-10-29", reach: 180000, tone: "NEUTRAL" }],
  },
  {
    title: "Ninh Bình: di sản Tràng An và du lịch bền vững",
    provinceCodes: ["NB"], startsOn: "2025-12-09", endsOn: "2025-12-11",
    topic: "Quản lý di sản thế giới hỗn hợp Tràng An", goals: "Giới thiệu tỉnh Ninh Bình mới sau sáp nhập.",
    partnerAuthority: "UBND tỉnh Ninh Bình", capacity: 10, status: "REPORTED", escorts: ["huong"],
    budget: STANDARD_BUDGET(2, 6), participants: past(["tanaka", "tan", "phommachanh", "lefebvre"]),
    coverage: [{ outlet: "straitsTimes", title: "Trang An's boatwomen and the heritage economy", url: "https://straitstimes.example.org/2025/12/trang-an", language: "en", publishedOn: "2025-12-15", tone: "POSITIVE" }],
  },
  {
    title: "Khánh Hòa: kinh tế biển và bảo tồn rạn san hô",
    provinceCodes: ["KH"], startsOn: "2026-03-17", endsOn: "2026-03-19",
    topic: "Kinh tế biển xanh", goals: "Giới thiệu mô hình bảo tồn biển Hòn Mun.",
    partnerAuthority: "UBND tỉnh Khánh Hòa", capacity: 12, status: "REPORTED", escorts: ["thuHa"],
    budget: STANDARD_BUDGET(2, 8), participants: past(["kim", "li", "dubois", "sato", "perez", "walker"]),
    coverage: [{ outlet: "nhk", title: "Nha Trang's coral gardeners", url: "https://nhk.example.org/2026/03/nha-trang-coral", language: "ja", publishedOn: "2026-03-25", reach: 250000, tone: "POSITIVE" }],
  },
  {
    title: "Thái Nguyên: chè và chuyển đổi số",
    provinceCodes: ["TN"], startsOn: "2026-06-16", endsOn: "2026-06-18",
    topic: "Chuyển đổi số trong nông nghiệp và công nghiệp", goals: "Giới thiệu chuyển đổi số của tỉnh.",
    partnerAuthority: "UBND tỉnh Thái Nguyên", capacity: 10, status: "COMPLETED", escorts: ["quan"],
    budget: STANDARD_BUDGET(2, 6), participants: past(["tanaka", "schmidt", "tan", "yamamoto"]),
    coverage: [{ outlet: "kyodo", title: "Tea, phones and QR codes in Thai Nguyen", url: "https://kyodo.example.org/2026/06/thai-nguyen", language: "en", publishedOn: "2026-06-22", tone: "NEUTRAL" }],
  },
  {
    title: "An Giang: thương mại biên giới và lúa gạo",
    provinceCodes: ["AG"], startsOn: "2026-10-20", endsOn: "2026-10-22",
    topic: "Kinh tế cửa khẩu và an ninh lương thực", goals: "Giới thiệu vai trò vựa lúa của đồng bằng.",
    partnerAuthority: "UBND tỉnh An Giang", capacity: 10, status: "COMPLETED", escorts: ["huong"],
    budget: STANDARD_BUDGET(2, 6), participants: past(["li", "perez", "phommachanh", "oconnor"], ["moreau"]),
  },
  {
    title: "Điện Biên: du lịch lịch sử và văn hóa Tây Bắc",
    provinceCodes: ["DB"], startsOn: "2026-08-11", endsOn: "2026-08-13",
    topic: "Du lịch lịch sử", goals: "Giới thiệu du lịch Tây Bắc.",
    partnerAuthority: "UBND tỉnh Điện Biên", capacity: 10, status: "CANCELLED", cancelReason: "Bão số 3 đổ bộ, đường lên Điện Biên bị sạt lở.", escorts: ["quan"],
    budget: STANDARD_BUDGET(2, 6), participants: { kim: "ACCEPTED", dubois: "ACCEPTED" },
  },
  {
    title: "Lâm Đồng: nông nghiệp công nghệ cao và Festival Hoa Đà Lạt",
    provinceCodes: ["LD"], startsOn: "2027-01-12", endsOn: "2027-01-14",
    topic: "Nông nghiệp công nghệ cao và du lịch", goals: "Giới thiệu tỉnh Lâm Đồng mới và Festival Hoa.",
    partnerAuthority: "UBND tỉnh Lâm Đồng", capacity: 8, status: "CONFIRMED", escorts: ["huong"],
    budget: STANDARD_BUDGET(2, 6), participants: { dubois: "ACCEPTED", tan: "ACCEPTED", walker: "DECLINED", sato: "INVITED" },
    itinerary: [
      { day: "2027-01-12", start: "07:30", end: "09:15", activity: "Bay Hà Nội – Liên Khương", place: "Sân bay Nội Bài", transport: "VN1561" },
      { day: "2027-01-12", start: "14:00", end: "16:30", activity: "Làm việc với UBND tỉnh", place: "Đà Lạt", host: "UBND tỉnh Lâm Đồng" },
      { day: "2027-01-13", start: "08:00", end: "11:30", activity: "Thăm trang trại hoa công nghệ cao", place: "Xã Hiệp Thạnh", host: "Hợp tác xã hoa" },
      { day: "2027-01-14", start: "09:00", end: "11:00", activity: "Festival Hoa Đà Lạt", place: "Quảng trường Lâm Viên" },
    ],
  },
  {
    title: "Cao Bằng: công viên địa chất toàn cầu",
    provinceCodes: ["CB"], startsOn: "2027-04-13", endsOn: "2027-04-15",
    topic: "Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng", goals: "",
    partnerAuthority: "", capacity: 10, status: "IDEA", escorts: [],
    budget: [], participants: {},
  },
];
