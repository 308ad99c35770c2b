import { defineMessages } from "../define-messages";

/** Field trips: their details, workflow, list, calendar and overview. */
export const trips = defineMessages({
  vi: {
    nav: "Chuyến đi",
    conflict: "Người khác vừa sửa chuyến đi này. Hãy tải lại trang rồi thử lại.",
    notInThisStatus: "Không thể làm việc này khi chuyến đi đang ở trạng thái hiện tại.",
    status: {
      IDEA: "Ý tưởng",
      PLANNED: "Đã lập kế hoạch",
      APPROVED: "Đã phê duyệt",
      INVITATIONS_SENT: "Đã gửi lời mời",
      CONFIRMED: "Đã chốt",
      ONGOING: "Đang diễn ra",
      COMPLETED: "Đã kết thúc",
      REPORTED: "Đã báo cáo",
      CANCELLED: "Đã hủy",
    },
    tabs: {
      label: "Các phần của chuyến đi",
      details: "Thông tin chung",
      itinerary: "Chương trình",
      participants: "Thành phần",
      report: "Đưa tin và báo cáo",
    },
  },
  en: {
    nav: "Trips",
    conflict: "Someone else has just changed this trip. Reload the page and try again.",
    notInThisStatus: "This cannot be done while the trip is in its current status.",
    status: {
      IDEA: "Idea",
      PLANNED: "Planned",
      APPROVED: "Approved",
      INVITATIONS_SENT: "Invitations sent",
      CONFIRMED: "Confirmed",
      ONGOING: "Ongoing",
      COMPLETED: "Completed",
      REPORTED: "Reported",
      CANCELLED: "Cancelled",
    },
    tabs: {
      label: "Parts of the trip",
      details: "Details",
      itinerary: "Program",
      participants: "Participants",
      report: "Coverage and report",
    },
  },
});
