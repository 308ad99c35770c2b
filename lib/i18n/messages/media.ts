import { MEDIA_LIMITS } from "@/lib/media/limits";
import { defineMessages } from "../define-messages";

// Field errors are translated without parameters: the limits are written into the sentences.
const MAX_MB = MEDIA_LIMITS.maxBytes / 1024 / 1024;
const MAX_MEGAPIXELS = MEDIA_LIMITS.maxPixels / 1_000_000;
const MAX_SIDE = MEDIA_LIMITS.maxSide;

/** The media library and its upload checks. */
export const media = defineMessages({
  vi: {
    unsupportedType: "Định dạng tệp không được hỗ trợ. Hãy tải lên ảnh JPEG, PNG, WebP, GIF, AVIF hoặc tài liệu PDF.",
    emptyFile: "Tệp rỗng.",
    fileTooLarge: `Tệp lớn hơn giới hạn ${MAX_MB} MB.`,
    unreadableImage: "Không đọc được ảnh: tệp bị hỏng hoặc không phải ảnh.",
    conflict: "Người khác vừa sửa mục này. Hãy tải lại trang rồi thử lại.",
    inUse: "Không thể xóa: ảnh đang được dùng trong bài đã đăng {stories}. Hãy gỡ ảnh khỏi bài hoặc gỡ bài xuống trước.",
    imageTooLarge: `Ảnh quá lớn (tối đa ${MAX_MEGAPIXELS} megapixel, mỗi cạnh tối đa ${MAX_SIDE} điểm ảnh).`,
  },
  en: {
    unsupportedType: "This file type is not supported. Upload a JPEG, PNG, WebP, GIF or AVIF image, or a PDF document.",
    emptyFile: "The file is empty.",
    fileTooLarge: `The file is larger than the ${MAX_MB} MB limit.`,
    unreadableImage: "The image cannot be read: the file is damaged or not an image.",
    conflict: "Someone else changed this item meanwhile. Reload the page and try again.",
    inUse: "This cannot be deleted: the published story {stories} shows it. Remove it from the story or unpublish the story first.",
    imageTooLarge: `The image is too large (at most ${MAX_MEGAPIXELS} megapixels and ${MAX_SIDE} pixels a side).`,
  },
});
