/**
 * Words the bench writes its 100,000 stories with. Every phrase comes as a
 * [Vietnamese, English] pair picked by the same index, so the two articles of
 * a translation group really are one story in two languages, and Vietnamese
 * text carries its diacritics ("Đắk Lắk", "ngoại giao") the way search sees them.
 */
import type { RichTextNode } from "@/lib/articles/rich-text";
import type { Locale } from "@/lib/i18n/locales";
import { pick, randomInt, type Random } from "./random";

export type Phrase = readonly [vi: string, en: string];

const side = (phrase: Phrase, locale: Locale) => (locale === "vi" ? phrase[0] : phrase[1]);

const SUBJECTS: Phrase[] = [
  ["Thủ tướng Chính phủ", "The Prime Minister"],
  ["Bộ Ngoại giao", "The Ministry of Foreign Affairs"],
  ["Quốc hội", "The National Assembly"],
  ["UBND tỉnh Đắk Lắk", "The Dak Lak People's Committee"],
  ["Ngân hàng Nhà nước", "The State Bank of Vietnam"],
  ["Bộ Giáo dục và Đào tạo", "The Ministry of Education and Training"],
  ["Sở Y tế Hà Nội", "Hanoi's Department of Health"],
  ["Bộ Văn hóa, Thể thao và Du lịch", "The Ministry of Culture, Sports and Tourism"],
  ["Bộ Công Thương", "The Ministry of Industry and Trade"],
  ["Đoàn đại biểu Việt Nam", "A Vietnamese delegation"],
  ["Đại sứ quán Việt Nam tại Nhật Bản", "Vietnam's embassy in Japan"],
  ["Bộ Tài nguyên và Môi trường", "The Ministry of Natural Resources and Environment"],
  ["Hội Nhà báo Việt Nam", "The Vietnam Journalists' Association"],
  ["Tổng cục Thống kê", "The General Statistics Office"],
  ["Bộ Nông nghiệp và Phát triển nông thôn", "The Ministry of Agriculture and Rural Development"],
  ["Chủ tịch nước", "The State President"],
  ["Thành phố Hồ Chí Minh", "Ho Chi Minh City"],
  ["Đà Nẵng", "Da Nang"],
  ["Các nhà khoa học trẻ", "Young scientists"],
  ["Doanh nghiệp xuất khẩu", "Exporters"],
  ["Đội tuyển bóng đá Việt Nam", "Vietnam's national football team"],
  ["Phóng viên nước ngoài", "Foreign reporters"],
  ["Người dân vùng cao", "Highland communities"],
  ["Bộ Kế hoạch và Đầu tư", "The Ministry of Planning and Investment"],
  ["Hiệp hội Cà phê – Ca cao Việt Nam", "The Vietnam Coffee and Cocoa Association"],
];

const VERBS: Phrase[] = [
  ["đề xuất", "proposes"],
  ["công bố", "announces"],
  ["khởi công", "breaks ground on"],
  ["thúc đẩy", "pushes ahead with"],
  ["hoàn thành", "completes"],
  ["ký kết", "signs"],
  ["tăng cường", "steps up"],
  ["tổ chức", "hosts"],
  ["triển khai", "rolls out"],
  ["đánh giá", "reviews"],
  ["ra mắt", "launches"],
  ["mở rộng", "expands"],
  ["hỗ trợ", "backs"],
  ["kêu gọi đầu tư vào", "seeks investment in"],
  ["thảo luận về", "discusses"],
];

const OBJECTS: Phrase[] = [
  ["dự án cao tốc Bắc – Nam", "the North–South expressway"],
  ["hợp tác ngoại giao với Nhật Bản", "diplomatic cooperation with Japan"],
  ["chương trình chuyển đổi số quốc gia", "the national digital transformation programme"],
  ["kế hoạch phát triển du lịch bền vững", "a sustainable tourism plan"],
  ["vùng trồng cà phê đạt chuẩn xuất khẩu", "export-grade coffee growing areas"],
  ["giải pháp chống ngập đô thị", "urban flood defences"],
  ["chính sách hỗ trợ doanh nghiệp nhỏ và vừa", "support for small and medium-sized businesses"],
  ["quan hệ đối tác chiến lược toàn diện", "the comprehensive strategic partnership"],
  ["lễ hội văn hóa cồng chiêng Tây Nguyên", "the Central Highlands gong festival"],
  ["mạng lưới y tế cơ sở", "the grassroots health network"],
  ["trung tâm đổi mới sáng tạo", "an innovation centre"],
  ["tuyến đường sắt đô thị số 2", "urban railway line No. 2"],
  ["chiến dịch tiêm chủng mở rộng", "the expanded vaccination campaign"],
  ["hiệp định thương mại tự do", "the free trade agreement"],
  ["đề án dạy tiếng Anh cho học sinh", "an English teaching scheme for pupils"],
  ["hệ thống cảnh báo thiên tai sớm", "an early disaster warning system"],
  ["chuỗi sự kiện giao lưu nhân dân", "a series of people-to-people exchanges"],
  ["diễn đàn kinh tế ASEAN", "the ASEAN economic forum"],
  ["kỳ thi tốt nghiệp trung học phổ thông", "the national high school exam"],
  ["nhà máy điện gió ngoài khơi", "an offshore wind farm"],
  ["quy hoạch vùng đồng bằng sông Cửu Long", "the Mekong Delta regional plan"],
  ["công tác bảo hộ công dân ở nước ngoài", "consular protection for citizens abroad"],
  ["chương trình học bổng cho sinh viên quốc tế", "scholarships for international students"],
];

const PLACES: Phrase[] = [
  ["tại Đắk Lắk", "in Dak Lak"],
  ["ở Hà Nội", "in Hanoi"],
  ["tại Thành phố Hồ Chí Minh", "in Ho Chi Minh City"],
  ["ở Đà Nẵng", "in Da Nang"],
  ["tại Cần Thơ", "in Can Tho"],
  ["ở Quảng Ninh", "in Quang Ninh"],
  ["tại Huế", "in Hue"],
  ["ở Nghệ An", "in Nghe An"],
  ["tại Lâm Đồng", "in Lam Dong"],
  ["ở Khánh Hòa", "in Khanh Hoa"],
  ["tại Hải Phòng", "in Hai Phong"],
  ["ở Gia Lai", "in Gia Lai"],
  ["tại Tokyo", "in Tokyo"],
  ["tại Geneva", "in Geneva"],
];

const WHEN: Phrase[] = [
  ["trong năm 2025", "in 2025"],
  ["trong quý III", "in the third quarter"],
  ["cho giai đoạn 2026–2030", "for 2026–2030"],
  ["sau hai năm chuẩn bị", "after two years of preparation"],
  ["trước mùa mưa bão", "ahead of the storm season"],
  ["ngay trong tháng này", "this month"],
];

const GOALS: Phrase[] = [
  ["nâng cao đời sống người dân", "improve people's lives"],
  ["thu hút thêm nhà đầu tư nước ngoài", "draw more foreign investors"],
  ["bảo đảm an toàn cho mùa mưa bão", "keep people safe through the storm season"],
  ["quảng bá hình ảnh Việt Nam ra thế giới", "promote Vietnam's image abroad"],
  ["giảm thủ tục hành chính cho doanh nghiệp", "cut red tape for businesses"],
  ["đào tạo nguồn nhân lực chất lượng cao", "train a highly skilled workforce"],
  ["bảo tồn di sản văn hóa của đồng bào các dân tộc", "preserve the heritage of ethnic communities"],
  ["tăng cường giao lưu nhân dân hai nước", "bring the two peoples closer"],
];

const SOURCES: Phrase[] = [
  ["đại diện Bộ Ngoại giao", "a foreign ministry spokesperson"],
  ["báo cáo của Tổng cục Thống kê", "the General Statistics Office"],
  ["lãnh đạo địa phương", "local leaders"],
  ["các chuyên gia kinh tế", "economists"],
  ["ban tổ chức", "the organisers"],
  ["Sở Kế hoạch và Đầu tư", "the provincial planning department"],
];

const GROUPS: Phrase[] = [
  ["người dân", "residents"],
  ["doanh nghiệp", "businesses"],
  ["sinh viên", "students"],
  ["kiều bào", "overseas Vietnamese"],
  ["du khách quốc tế", "foreign visitors"],
  ["nông dân trồng cà phê", "coffee farmers"],
];

const ROLES: Phrase[] = [
  ["Thứ trưởng Bộ Ngoại giao", "Deputy Minister of Foreign Affairs"],
  ["Chủ tịch UBND tỉnh", "chairman of the provincial People's Committee"],
  ["Giám đốc Sở Du lịch", "director of the provincial tourism department"],
  ["chuyên gia của Viện Kinh tế Việt Nam", "an economist at the Vietnam Institute of Economics"],
  ["Hiệu trưởng Trường Đại học Quốc gia", "rector of the National University"],
  ["Đại sứ Việt Nam", "Vietnam's ambassador"],
];

type Sentence = (random: Random) => Phrase;

const SENTENCES: Sentence[] = [
  (r) => {
    const [source, object, place] = [pick(r, SOURCES), pick(r, OBJECTS), pick(r, PLACES)];
    return [
      `Theo ${source[0]}, ${object[0]} sẽ được triển khai ${place[0]} với sự tham gia của nhiều bộ, ngành và địa phương.`,
      `According to ${source[1]}, ${object[1]} will be rolled out ${place[1]} with several ministries and localities taking part.`,
    ];
  },
  (r) => {
    const [name, role, goal] = [pickPersonName(r), pick(r, ROLES), pick(r, GOALS)];
    return [
      `Ông ${name}, ${role[0]}, cho biết mục tiêu xuyên suốt là ${goal[0]}, đồng thời bảo đảm tiến độ và chất lượng công trình.`,
      `${name}, ${role[1]}, said the overriding aim was to ${goal[1]} while keeping the work on schedule and to standard.`,
    ];
  },
  (r) => {
    const [percent, when] = [randomInt(r, 3, 38), pick(r, WHEN)];
    return [
      `Số liệu sơ bộ cho thấy kim ngạch xuất khẩu ${when[0]} đã tăng khoảng ${percent}% so với cùng kỳ năm trước, vượt kế hoạch đề ra.`,
      `Preliminary figures show exports ${when[1]} rose by about ${percent}% year on year, ahead of the target.`,
    ];
  },
  (r) => {
    const [group, object] = [pick(r, GROUPS), pick(r, OBJECTS)];
    return [
      `Nhiều ${group[0]} bày tỏ sự phấn khởi trước ${object[0]}, nhưng cũng mong các thủ tục được công khai và đơn giản hơn.`,
      `Many ${group[1]} welcomed ${object[1]}, though they hope the procedures will be simpler and more transparent.`,
    ];
  },
  (r) => {
    const [goal, subject, verb, object] = [pick(r, GOALS), pick(r, SUBJECTS), pick(r, VERBS), pick(r, OBJECTS)];
    return [
      `Để ${goal[0]}, ${subject[0]} sẽ tiếp tục ${verb[0]} ${object[0]} trong thời gian tới.`,
      `To ${goal[1]}, ${lowerArticle(subject[1])} will continue to work on ${object[1]} in the coming months.`,
    ];
  },
  (r) => {
    const object = pick(r, OBJECTS);
    return [
      `Tại buổi làm việc, hai bên đã trao đổi thẳng thắn về ${object[0]} và thống nhất thành lập nhóm công tác chung để theo dõi việc thực hiện.`,
      `At the meeting the two sides held frank talks on ${object[1]} and agreed to set up a joint working group to follow up.`,
    ];
  },
  (r) => {
    const [place, count] = [pick(r, PLACES), randomInt(r, 120, 4800)];
    return [
      `Dự kiến sẽ có khoảng ${count.toLocaleString("vi-VN")} người tham dự các hoạt động ${place[0]}, trong đó có nhiều khách mời quốc tế.`,
      `Some ${count.toLocaleString("en-GB")} people, many of them international guests, are expected at the events ${place[1]}.`,
    ];
  },
  (r) => {
    const [subject, object] = [pick(r, SUBJECTS), pick(r, OBJECTS)];
    return [
      `Trước đó, ${subject[0]} đã nhiều lần nhấn mạnh vai trò của ${object[0]} đối với sự phát triển bền vững của đất nước.`,
      `Earlier, ${lowerArticle(subject[1])} had repeatedly stressed the importance of ${object[1]} for the country's sustainable development.`,
    ];
  },
];

const HEADINGS: Phrase[] = [
  ["Bước tiến mới", "A step forward"],
  ["Những thách thức còn lại", "The challenges ahead"],
  ["Kỳ vọng của người dân", "What residents expect"],
  ["Hợp tác quốc tế", "International cooperation"],
  ["Kế hoạch cho năm tới", "Plans for next year"],
  ["Tiếng nói từ cơ sở", "Voices from the ground"],
  ["Nguồn lực đầu tư", "Funding"],
  ["Bài học kinh nghiệm", "Lessons learned"],
];

const SAPO_OPENINGS: Phrase[] = [
  ["Sáng nay", "This morning"],
  ["Chiều qua", "Yesterday afternoon"],
  ["Trong tuần này", "This week"],
  ["Tại cuộc họp báo thường kỳ", "At a regular press briefing"],
  ["Sau nhiều tháng chuẩn bị", "After months of preparation"],
];

const TITLE_CASE_ARTICLE = /^(The|A) /;
/** "The Ministry…" becomes "the Ministry…" mid-sentence; names stay as they are. */
function lowerArticle(text: string): string {
  return text.replace(TITLE_CASE_ARTICLE, (word) => word.toLowerCase());
}

const FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE_NAMES = ["Văn", "Thị", "Minh", "Thu", "Hoàng", "Quốc", "Thanh", "Ngọc", "Đức", "Hải"];
const GIVEN_NAMES = [
  "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Khánh", "Lan", "Linh", "Long", "Mai",
  "Nam", "Nga", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tú", "Tuấn", "Vy", "Yến", "Đạt", "Ánh",
];

export function pickPersonName(random: Random): string {
  return `${pick(random, FAMILY_NAMES)} ${pick(random, MIDDLE_NAMES)} ${pick(random, GIVEN_NAMES)}`;
}

/** One story's headline and lead in both languages, from the same picks. */
export function storyText(random: Random): { title: Phrase; sapo: Phrase } {
  const [subject, verb, object, goal, opening] = [pick(random, SUBJECTS), pick(random, VERBS), pick(random, OBJECTS), pick(random, GOALS), pick(random, SAPO_OPENINGS)];
  const place = random() < 0.6 ? pick(random, PLACES) : null;
  const when = random() < 0.35 ? pick(random, WHEN) : null;
  const tail = (locale: Locale) => [place, when].filter((p): p is Phrase => p !== null).map((p) => ` ${side(p, locale)}`).join("");
  const title: Phrase = [`${subject[0]} ${verb[0]} ${object[0]}${tail("vi")}`, `${subject[1]} ${verb[1]} ${object[1]}${tail("en")}`];
  const sapo: Phrase = [
    `${opening[0]}, ${subject[0]} đã ${verb[0]} ${object[0]}${tail("vi")}, nhằm ${goal[0]}. Đây được xem là bước đi quan trọng trong bối cảnh nhu cầu hợp tác và phát triển ngày càng lớn.`,
    `${opening[1]}, ${lowerArticle(subject[1])} ${verb[1]} ${object[1]}${tail("en")}, aiming to ${goal[1]}. The move is seen as an important step as demand for cooperation and development keeps growing.`,
  ];
  return { title, sapo };
}

const text = (value: string, marks?: RichTextNode["marks"]): RichTextNode => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

type Language = 0 | 1;
const bothLanguages = (build: (language: Language) => RichTextNode): [RichTextNode, RichTextNode] => [build(0), build(1)];

/**
 * A bank of body blocks in both languages: paragraphs of three or four
 * sentences, some opening in bold, some with a link or an italic phrase,
 * some quoted. Bodies are assembled from it in SQL.
 */
export function paragraphBank(random: Random, size: number): [RichTextNode, RichTextNode][] {
  return Array.from({ length: size }, (_, index) => {
    const sentences = Array.from({ length: randomInt(random, 3, 4) }, () => pick(random, SENTENCES)(random));
    const style = index % 10;
    return bothLanguages((language) => {
      const parts = sentences.map((sentence) => sentence[language]);
      const [first, ...rest] = parts;
      let content: RichTextNode[];
      if (style === 1) content = [text(first, [{ type: "bold" }]), text(` ${rest.join(" ")}`)];
      else if (style === 4) {
        const href = language === 0 ? "/vi/chuyen-muc/the-gioi" : "/en/sections/world";
        content = [text(`${first} `), text(language === 0 ? "Xem thêm tin thế giới" : "More world news", [{ type: "link", attrs: { href } }]), text(`. ${rest.join(" ")}`)];
      } else if (style === 7) content = [text(`${first} `), text(rest[0], [{ type: "italic" }]), text(` ${rest.slice(1).join(" ")}`)];
      else content = [text(parts.join(" "))];
      const paragraph: RichTextNode = { type: "paragraph", content };
      return style === 9 ? { type: "blockquote", content: [paragraph] } : paragraph;
    });
  });
}

export function headingBank(): [RichTextNode, RichTextNode][] {
  return HEADINGS.map((heading) => bothLanguages((language) => ({ type: "heading", attrs: { level: 2 }, content: [text(heading[language])] })));
}
