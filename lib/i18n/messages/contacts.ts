import { defineMessages } from "../define-messages";

/** The press-contacts directory: people, outlets and foreign missions. */
export const contacts = defineMessages({
  vi: {
    invalidCountry: "Hãy nhập mã quốc gia 2 chữ cái theo ISO 3166 (ví dụ VN, FR, JP).",
    invalidLanguage: "Hãy nhập mã ngôn ngữ ISO 639 (ví dụ vi, en, fr).",
    invalidPhone: "Số điện thoại chỉ gồm chữ số, dấu cách, dấu +, dấu chấm, gạch ngang và ngoặc.",
    unknownOutlet: "Không tìm thấy cơ quan báo chí này.",
    unknownMission: "Không tìm thấy cơ quan đại diện này.",
    conflict: "Người khác vừa sửa mục này. Hãy tải lại trang rồi thử lại.",
    duplicateFound: "Có thể đã có người này trong danh bạ: {names}. Hãy kiểm tra, hoặc xác nhận vẫn tạo mới.",
    likelyDuplicate: "Trùng tên và cơ quan, hoặc trùng email, với một người đã có trong danh bạ.",
    mergeSelf: "Không thể hợp nhất một người với chính họ.",
    alreadyMerged: "Một trong hai hồ sơ đã được hợp nhất trước đó. Hãy tải lại trang.",
  },
  en: {
    invalidCountry: "Enter a two-letter ISO 3166 country code (for example VN, FR, JP).",
    invalidLanguage: "Enter an ISO 639 language code (for example vi, en, fr).",
    invalidPhone: "A phone number may hold digits, spaces, +, dots, hyphens and brackets only.",
    unknownOutlet: "This outlet was not found.",
    unknownMission: "This foreign mission was not found.",
    conflict: "Someone else has just changed this. Reload the page and try again.",
    duplicateFound: "This person may already be in the directory: {names}. Check them, or confirm to create a new contact anyway.",
    likelyDuplicate: "Same name and organisation, or same email, as someone already in the directory.",
    mergeSelf: "A contact cannot be merged with itself.",
    alreadyMerged: "One of the two records has already been merged. Reload the page.",
  },
});
