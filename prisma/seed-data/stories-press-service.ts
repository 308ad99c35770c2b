/**
 * Stories about the press service's own channels: the spokesperson's regular
 * briefings (live), a notice that was taken down when it went out of date, and
 * an event story that was withdrawn and archived.
 */
import { MOFA_PORTAL, MOFA_SOURCE, bullets, doc, h2, link, p } from "./story-body";
import { PUBLISH, archive, unpublish, type SeedStory } from "./story-workflow";

export const regularPressBriefings: SeedStory = {
  category: "news",
  author: "editor",
  vi: {
    title: "Họp báo thường kỳ – kênh thông tin chính thức của Bộ Ngoại giao với báo chí trong và ngoài nước",
    sapo: "Họp báo thường kỳ do Người phát ngôn Bộ Ngoại giao chủ trì là nơi phóng viên trong nước và quốc tế trực tiếp đặt câu hỏi về chính sách đối ngoại và những vấn đề dư luận quan tâm.",
    byline: "Minh Châu",
    sourceLine: MOFA_SOURCE.vi,
    tags: ["Họp báo thường kỳ", "Người phát ngôn", "Bộ Ngoại giao"],
    body: doc(
      p(
        "Họp báo thường kỳ là một trong những kênh chính để Bộ Ngoại giao cung cấp thông tin chính thống về chính sách đối ngoại của Việt Nam. Tại mỗi buổi họp báo, Người phát ngôn thông báo các hoạt động đối ngoại sắp diễn ra và trả lời câu hỏi của phóng viên.",
      ),
      p("Tham dự họp báo có phóng viên các cơ quan báo chí trong nước và phóng viên nước ngoài thường trú tại Việt Nam."),
      h2("Những nội dung thường được quan tâm"),
      bullets(
        "các chuyến thăm và hoạt động đối ngoại cấp cao;",
        "quan điểm của Việt Nam về các vấn đề khu vực và quốc tế;",
        "công tác bảo hộ công dân Việt Nam ở nước ngoài;",
        "hợp tác kinh tế, văn hóa và giao lưu nhân dân.",
      ),
      p(
        "Việc trả lời trực tiếp, công khai giúp thông tin chính thức đến với công chúng nhanh hơn và hạn chế những cách hiểu sai lệch về lập trường của Việt Nam.",
      ),
      p("Nội dung các buổi họp báo được đăng tải trên ", link("Cổng thông tin điện tử Bộ Ngoại giao", MOFA_PORTAL), "."),
      p(
        "Duy trì họp báo thường kỳ là một phần của nỗ lực nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại theo Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị.",
      ),
    ),
    steps: PUBLISH,
  },
  en: {
    title: "Regular press briefings: the foreign ministry's official channel to Vietnamese and foreign media",
    sapo: "Chaired by the spokesperson of the Ministry of Foreign Affairs, the regular press briefing is where Vietnamese and international reporters put their questions on foreign policy and topical issues directly.",
    byline: "Minh Chau",
    sourceLine: MOFA_SOURCE.en,
    tags: ["Regular press briefing", "Spokesperson", "Ministry of Foreign Affairs"],
    body: doc(
      p(
        "The regular press briefing is one of the main channels through which the Ministry of Foreign Affairs provides official information on Viet Nam's foreign policy. At each briefing the spokesperson announces upcoming diplomatic activities and answers reporters' questions.",
      ),
      p("Reporters from Vietnamese media and foreign correspondents based in Viet Nam attend the briefings."),
      h2("Topics that often come up"),
      bullets(
        "high-level visits and diplomatic activities;",
        "Viet Nam's position on regional and international issues;",
        "consular protection of Vietnamese citizens abroad;",
        "economic and cultural cooperation and people-to-people exchanges.",
      ),
      p(
        "Answering openly and in person brings official information to the public faster and leaves less room for misreadings of Viet Nam's positions.",
      ),
      p("The content of each briefing is published on the ", link("Ministry of Foreign Affairs portal", MOFA_PORTAL), "."),
      p(
        "Holding the briefings regularly is part of the effort to improve the quality and effectiveness of external information work under Conclusion No. 57-KL/TW of 15 June 2023 of the Politburo.",
      ),
    ),
    steps: PUBLISH,
  },
};

export const briefingRegistrationNotice: SeedStory = {
  category: "news",
  author: "editor",
  vi: {
    title: "Hướng dẫn đăng ký tham dự họp báo thường kỳ dành cho phóng viên",
    sapo: "Phóng viên có nhu cầu tham dự họp báo thường kỳ của Bộ Ngoại giao đề nghị đăng ký trước theo hướng dẫn dưới đây.",
    byline: "Ban Biên tập",
    sourceLine: MOFA_SOURCE.vi,
    tags: ["Họp báo thường kỳ", "Thông báo", "Phóng viên"],
    body: doc(
      p(
        "Để việc tổ chức họp báo được thuận lợi, Bộ Ngoại giao đề nghị phóng viên các cơ quan báo chí trong nước và phóng viên nước ngoài thường trú đăng ký tham dự trước mỗi buổi họp báo.",
      ),
      h2("Thông tin cần cung cấp"),
      bullets("họ tên, cơ quan báo chí và chức danh;", "số thẻ nhà báo hoặc thẻ phóng viên nước ngoài;", "nhu cầu ghi hình, ghi âm (nếu có)."),
      p("Phóng viên mang theo thẻ khi đến dự và có mặt trước giờ bắt đầu để làm thủ tục."),
      p("Trường hợp có thay đổi về thời gian, địa điểm, Bộ Ngoại giao sẽ thông báo tới các cơ quan báo chí đã đăng ký."),
      p("Thông tin chi tiết được cập nhật trên ", link("Cổng thông tin điện tử Bộ Ngoại giao", MOFA_PORTAL), "."),
    ),
    steps: [...PUBLISH, unpublish("Gỡ xuống: cách thức đăng ký đã thay đổi, sẽ đăng thông báo mới thay thế.")],
  },
  en: {
    title: "How reporters register to attend the regular press briefing",
    sapo: "Reporters who wish to attend the regular press briefing of the Ministry of Foreign Affairs are asked to register in advance as described below.",
    byline: "Editorial desk",
    sourceLine: MOFA_SOURCE.en,
    tags: ["Regular press briefing", "Notice", "Reporters"],
    body: doc(
      p(
        "To help the briefings run smoothly, the Ministry of Foreign Affairs asks reporters from Vietnamese media and resident foreign correspondents to register before each briefing.",
      ),
      h2("What to provide"),
      bullets("full name, media organisation and position;", "press card or foreign correspondent card number;", "whether you intend to film or record (if so)."),
      p("Please bring your card and arrive before the start to complete the formalities."),
      p("Should the time or venue change, the ministry will inform the media organisations that have registered."),
      p("Details are published on the ", link("Ministry of Foreign Affairs portal", MOFA_PORTAL), "."),
    ),
    steps: [...PUBLISH, unpublish("Gỡ bản tiếng Anh cùng bản tiếng Việt: cách thức đăng ký đã thay đổi.")],
  },
};

export const newYearMeetingWithCorrespondents: SeedStory = {
  category: "foreign-affairs",
  author: "writer",
  vi: {
    title: "Bộ Ngoại giao gặp mặt phóng viên nước ngoài thường trú nhân dịp năm mới",
    sapo: "Buổi gặp mặt đầu năm là dịp để Bộ Ngoại giao cảm ơn phóng viên nước ngoài thường trú đã đồng hành, đưa tin về Việt Nam trong năm qua.",
    byline: "Đức Anh",
    sourceLine: MOFA_SOURCE.vi,
    tags: ["Phóng viên nước ngoài", "Gặp mặt đầu năm"],
    body: doc(
      p(
        "Buổi gặp mặt đầu năm tạo dịp để Bộ Ngoại giao và phóng viên nước ngoài thường trú nhìn lại một năm hợp tác, trao đổi về kế hoạch thông tin đối ngoại trong năm mới.",
      ),
      p(
        "Đại diện Bộ Ngoại giao thông tin về những điểm nhấn trong hoạt động đối ngoại và các chuyến công tác địa phương dự kiến trong năm, đồng thời lắng nghe kiến nghị của phóng viên về điều kiện tác nghiệp.",
      ),
      h2("Lắng nghe để hỗ trợ tốt hơn"),
      p(
        "Các phóng viên trao đổi về nhu cầu tiếp cận nguồn tin, tham gia chuyến công tác địa phương và phỏng vấn các cơ quan chức năng. Những ý kiến này là cơ sở để Bộ Ngoại giao điều chỉnh cách thức hỗ trợ báo chí nước ngoài.",
      ),
      p("Chuyến công tác địa phương tiếp tục được nhiều phóng viên quan tâm; trong hai năm, Bộ Ngoại giao đã tổ chức 13 chuyến như vậy."),
    ),
    steps: [
      ...PUBLISH,
      unpublish("Tin sự kiện đã cũ; gỡ khỏi trang theo ý kiến của Ban Biên tập."),
      archive("editor", "Lưu trữ tin sự kiện đã qua."),
    ],
  },
  en: {
    title: "Foreign ministry meets resident foreign correspondents for the New Year",
    sapo: "The New Year meeting is an occasion for the Ministry of Foreign Affairs to thank resident foreign correspondents for covering Viet Nam over the past year.",
    byline: "Duc Anh",
    sourceLine: MOFA_SOURCE.en,
    tags: ["Foreign correspondents", "New Year meeting"],
    body: doc(
      p(
        "The New Year meeting gives the ministry and resident foreign correspondents a chance to look back on a year of working together and to discuss external information plans for the year ahead.",
      ),
      p(
        "Ministry representatives outlined the highlights of diplomatic activity and the field trips planned for the year, and heard correspondents' suggestions on their working conditions.",
      ),
      h2("Listening to support reporters better"),
      p(
        "Correspondents spoke about access to sources, places on field trips and interviews with the authorities. Their views help the ministry adjust the way it supports the foreign press.",
      ),
      p("Field trips remain popular with correspondents; over two years the ministry organised 13 of them."),
    ),
    steps: [archive("writer", "Bản tiếng Anh không đăng: tin sự kiện đã cũ.")],
  },
};
