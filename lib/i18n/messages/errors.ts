import { defineMessages } from "../define-messages";

export const errors = defineMessages({
  vi: {
    UNAUTHENTICATED: "Vui lòng đăng nhập.",
    FORBIDDEN: "Bạn không có quyền thực hiện thao tác này.",
    NOT_FOUND: "Không tìm thấy nội dung này.",
    INVALID_TRANSITION: "Không thể thực hiện bước này ở trạng thái hiện tại.",
    CONFLICT: "Dữ liệu vừa được người khác thay đổi.",
    VALIDATION: "Vui lòng sửa các trường được đánh dấu.",
    RATE_LIMITED: "Quá nhiều yêu cầu. Vui lòng thử lại sau.",
    unexpected: "Đã có lỗi xảy ra. Mã yêu cầu: {requestId}",
    crossOrigin: "Yêu cầu không đến từ trang của Newsroom và đã bị từ chối.",
  },
  en: {
    UNAUTHENTICATED: "Please sign in.",
    FORBIDDEN: "You are not allowed to do this.",
    NOT_FOUND: "This item was not found.",
    INVALID_TRANSITION: "This step is not possible in the current state.",
    CONFLICT: "Someone else changed this meanwhile.",
    VALIDATION: "Please correct the highlighted fields.",
    RATE_LIMITED: "Too many requests. Please try again later.",
    unexpected: "Something went wrong. Request id: {requestId}",
    crossOrigin: "The request did not come from the Newsroom site and was refused.",
  },
});
