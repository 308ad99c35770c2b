import { defineMessages } from "../define-messages";

export const validation = defineMessages({
  vi: {
    required: "Trường này là bắt buộc.",
    tooLong: "Nội dung quá dài.",
    invalid: "Giá trị không hợp lệ.",
    invalidEmail: "Địa chỉ email không hợp lệ.",
    passwordTooShort: "Mật khẩu cần ít nhất 12 ký tự.",
    unknownField: "Trường này không được phép gửi lên.",
    invalidUrl: "Địa chỉ URL không hợp lệ (chỉ chấp nhận http hoặc https).",
    unsafeLink: "Liên kết không an toàn.",
    unknownNode: "Nội dung có thành phần không được hỗ trợ.",
    tooDeep: "Nội dung lồng nhau quá sâu.",
    tooMany: "Quá nhiều mục.",
    slugFormat: "Chỉ dùng chữ thường không dấu, số và dấu gạch ngang.",
    unsupportedVideo: "Chỉ nhúng được video YouTube hoặc Vimeo bằng địa chỉ của video.",
  },
  en: {
    required: "This field is required.",
    tooLong: "This is too long.",
    invalid: "This value is not valid.",
    invalidEmail: "This email address is not valid.",
    passwordTooShort: "The password needs at least 12 characters.",
    unknownField: "This field may not be sent.",
    invalidUrl: "This URL is not valid (http or https only).",
    unsafeLink: "This link is not safe.",
    unknownNode: "The text contains an element that is not supported.",
    tooDeep: "The text is nested too deeply.",
    tooMany: "Too many items.",
    slugFormat: "Use lower-case letters without accents, digits and hyphens only.",
    unsupportedVideo: "Only YouTube or Vimeo videos can be embedded, by the video's address.",
  },
});
