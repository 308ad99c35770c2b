/**
 * The demo press-contacts directory: foreign outlets and missions in Vietnam,
 * the reporters and attachés the service invites on field trips, and our own
 * escort officers and interpreter. People are invented; outlets and missions
 * are the kind a foreign ministry's press service works with every week.
 * Addresses use example.org: nothing here belongs to a real person.
 */
import type { AccreditationStatus, MissionKind, OutletKind, PressContactRole } from "@/lib/generated/prisma/enums";

export type SeedOutlet = { name: string; kind: OutletKind; country: string; languages: string[]; website: string | null };
export type SeedMission = { name: string; kind: MissionKind; country: string; city: string };
export type SeedContact = {
  latinName: string;
  nativeName?: string;
  nationality: string;
  role: PressContactRole;
  outlet?: OutletKey;
  mission?: MissionKey;
  languages: string[];
  email?: string;
  phone?: string;
  accreditationStatus: AccreditationStatus;
  accreditationExpiresOn?: string;
  needs?: string;
  notes?: string;
};

export const SEED_OUTLETS = {
  kyodo: { name: "Kyodo News", kind: "NEWS_AGENCY", country: "JP", languages: ["ja", "en"], website: "https://kyodo.example.org" },
  nhk: { name: "NHK World", kind: "TV", country: "JP", languages: ["ja", "en"], website: "https://nhk.example.org" },
  yonhap: { name: "Yonhap News Agency", kind: "NEWS_AGENCY", country: "KR", languages: ["ko", "en"], website: "https://yonhap.example.org" },
  xinhua: { name: "Xinhua", kind: "NEWS_AGENCY", country: "CN", languages: ["zh", "en"], website: "https://xinhua.example.org" },
  afp: { name: "Agence France-Presse", kind: "NEWS_AGENCY", country: "FR", languages: ["fr", "en"], website: "https://afp.example.org" },
  dw: { name: "Deutsche Welle", kind: "RADIO", country: "DE", languages: ["de", "en"], website: "https://dw.example.org" },
  prensaLatina: { name: "Prensa Latina", kind: "NEWS_AGENCY", country: "CU", languages: ["es"], website: "https://prensa-latina.example.org" },
  straitsTimes: { name: "The Straits Times", kind: "NEWSPAPER", country: "SG", languages: ["en"], website: "https://straitstimes.example.org" },
  abc: { name: "ABC Australia", kind: "TV", country: "AU", languages: ["en"], website: "https://abc.example.org" },
  kpl: { name: "Lao News Agency (KPL)", kind: "NEWS_AGENCY", country: "LA", languages: ["lo", "fr"], website: null },
} as const satisfies Record<string, SeedOutlet>;
export type OutletKey = keyof typeof SEED_OUTLETS;

export const SEED_MISSIONS = {
  franceEmbassy: { name: "Embassy of France in Vietnam", kind: "EMBASSY", country: "FR", city: "Hà Nội" },
  japanEmbassy: { name: "Embassy of Japan in Vietnam", kind: "EMBASSY", country: "JP", city: "Hà Nội" },
  australiaEmbassy: { name: "Australian Embassy in Vietnam", kind: "EMBASSY", country: "AU", city: "Hà Nội" },
  koreaConsulate: { name: "Consulate General of the Republic of Korea", kind: "CONSULATE", country: "KR", city: "Thành phố Hồ Chí Minh" },
} as const satisfies Record<string, SeedMission>;
export type MissionKey = keyof typeof SEED_MISSIONS;

export const SEED_CONTACTS = {
  tanaka: { latinName: "Tanaka Haruki", nativeName: "田中 春樹", nationality: "JP", role: "REPORTER", outlet: "kyodo", languages: ["ja", "en", "vi"], email: "tanaka@kyodo.example.org", phone: "+84 912 000 101", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-08-31", needs: "No seafood" },
  suzuki: { latinName: "Suzuki Aiko", nativeName: "鈴木 愛子", nationality: "JP", role: "PHOTOGRAPHER", outlet: "kyodo", languages: ["ja", "en"], email: "suzuki@kyodo.example.org", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2028-01-31" },
  sato: { latinName: "Sato Yumi", nativeName: "佐藤 由美", nationality: "JP", role: "CAMERA", outlet: "nhk", languages: ["ja", "en"], email: "sato@nhk.example.org", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-12-31" },
  kim: { latinName: "Kim Min-jun", nativeName: "김민준", nationality: "KR", role: "REPORTER", outlet: "yonhap", languages: ["ko", "en"], email: "minjun.kim@yonhap.example.org", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-06-30" },
  li: { latinName: "Li Wei", nativeName: "李伟", nationality: "CN", role: "REPORTER", outlet: "xinhua", languages: ["zh", "vi", "en"], email: "li.wei@xinhua.example.org", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-10-15" },
  dubois: { latinName: "Claire Dubois", nationality: "FR", role: "REPORTER", outlet: "afp", languages: ["fr", "en", "vi"], email: "claire.dubois@afp.example.org", phone: "+84 903 000 202", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-09-30", needs: "Vegetarian" },
  moreau: { latinName: "Julien Moreau", nationality: "FR", role: "PHOTOGRAPHER", outlet: "afp", languages: ["fr", "en"], email: "julien.moreau@afp.example.org", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-01-20", notes: "Accreditation renewal filed in November." },
  schmidt: { latinName: "Anna Schmidt", nationality: "DE", role: "REPORTER", outlet: "dw", languages: ["de", "en"], email: "anna.schmidt@dw.example.org", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2028-03-31", needs: "Step-free access" },
  perez: { latinName: "Carlos Pérez", nationality: "CU", role: "REPORTER", outlet: "prensaLatina", languages: ["es", "vi"], email: "cperez@prensa-latina.example.org", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-05-31" },
  tan: { latinName: "Tan Mei Ling", nativeName: "陈美玲", nationality: "SG", role: "REPORTER", outlet: "straitsTimes", languages: ["en", "zh"], email: "meiling.tan@straitstimes.example.org", accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-11-30" },
  walker: { latinName: "James Walker", nationality: "AU", role: "REPORTER", outlet: "abc", languages: ["en"], email: "james.walker@abc.example.org", accreditationStatus: "PENDING" },
  phommachanh: { latinName: "Khamla Phommachanh", nativeName: "ຄຳຫຼ້າ ພົມມະຈັນ", nationality: "LA", role: "REPORTER", outlet: "kpl", languages: ["lo", "vi", "fr"], accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-04-30" },
  lefebvre: { latinName: "Sophie Lefebvre", nationality: "FR", role: "PRESS_ATTACHE", mission: "franceEmbassy", languages: ["fr", "en", "vi"], email: "presse@france-embassy.example.org", accreditationStatus: "NONE" },
  yamamoto: { latinName: "Yamamoto Ken", nativeName: "山本 健", nationality: "JP", role: "PRESS_ATTACHE", mission: "japanEmbassy", languages: ["ja", "en"], email: "press@japan-embassy.example.org", accreditationStatus: "NONE" },
  oconnor: { latinName: "Emily O'Connor", nationality: "AU", role: "PRESS_ATTACHE", mission: "australiaEmbassy", languages: ["en"], email: "media@australia-embassy.example.org", accreditationStatus: "NONE" },
  huong: { latinName: "Nguyen Thi Huong", nativeName: "Nguyễn Thị Hương", nationality: "VN", role: "ESCORT_OFFICER", languages: ["vi", "en", "fr"], phone: "+84 24 0000 1001", accreditationStatus: "NONE" },
  quan: { latinName: "Tran Minh Quan", nativeName: "Trần Minh Quân", nationality: "VN", role: "ESCORT_OFFICER", languages: ["vi", "en", "ja"], phone: "+84 24 0000 1002", accreditationStatus: "NONE" },
  thuHa: { latinName: "Le Thu Ha", nativeName: "Lê Thu Hà", nationality: "VN", role: "INTERPRETER", languages: ["vi", "en", "ko"], phone: "+84 24 0000 1003", accreditationStatus: "NONE" },
} as const satisfies Record<string, SeedContact & { outlet?: OutletKey; mission?: MissionKey }>;
export type ContactKey = keyof typeof SEED_CONTACTS;
