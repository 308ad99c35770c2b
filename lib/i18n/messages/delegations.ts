import { defineMessages } from "../define-messages";

/** Incoming journalist delegations in the newsroom: review, program, letters, statistics. */
export const delegations = defineMessages({
  vi: {
    nav: "Đoàn phóng viên",
    conflict: "Người khác vừa cập nhật hồ sơ này. Hãy tải lại trang rồi thử lại.",
    notInThisStatus: "Không thể làm việc này khi hồ sơ đang ở trạng thái hiện tại.",
    status: {
      DRAFT: "Bản nháp",
      SUBMITTED: "Đã nộp",
      UNDER_REVIEW: "Đang xem xét",
      INFO_REQUESTED: "Chờ bổ sung thông tin",
      APPROVED: "Đã chấp thuận",
      REJECTED: "Từ chối",
      ARRIVED: "Đã nhập cảnh",
      IN_PROGRESS: "Đang tác nghiệp",
      COMPLETED: "Đã kết thúc",
      WITHDRAWN: "Đã rút hồ sơ",
      CANCELLED: "Đã hủy",
    },
    memberRoles: {
      REPORTER: "Phóng viên",
      CAMERA: "Quay phim",
      PRODUCER: "Biên tập / sản xuất",
      PHOTOGRAPHER: "Phóng viên ảnh",
      TECHNICIAN: "Kỹ thuật viên",
      FIXER: "Người hỗ trợ tác nghiệp",
      OTHER: "Khác",
    },
  },
  en: {
    nav: "Delegations",
    conflict: "Someone else has just updated this application. Reload the page and try again.",
    notInThisStatus: "This cannot be done while the application is in its current status.",
    status: {
      DRAFT: "Draft",
      SUBMITTED: "Submitted",
      UNDER_REVIEW: "Under review",
      INFO_REQUESTED: "Information requested",
      APPROVED: "Approved",
      REJECTED: "Rejected",
      ARRIVED: "Arrived",
      IN_PROGRESS: "In progress",
      COMPLETED: "Completed",
      WITHDRAWN: "Withdrawn",
      CANCELLED: "Cancelled",
    },
    memberRoles: {
      REPORTER: "Reporter",
      CAMERA: "Camera operator",
      PRODUCER: "Producer",
      PHOTOGRAPHER: "Photographer",
      TECHNICIAN: "Technician",
      FIXER: "Fixer",
      OTHER: "Other",
    },
  },
});
