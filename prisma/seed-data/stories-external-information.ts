/**
 * Stories on the external information work itself. Figures are the public ones
 * only (Conclusion No. 57-KL/TW of 15 June 2023; 13 field trips for resident
 * foreign reporters and more than 500 delegations with nearly 3,000 reporters
 * in two years); everything else stays general on purpose.
 */
import { MOFA_PORTAL, MOFA_SOURCE, bullets, doc, h2, link, p, quote } from "./story-body";
import { PUBLISH, type SeedStory } from "./story-workflow";

export const conclusion57: SeedStory = {
  category: "political-system",
  author: "writer",
  vi: {
    title: "Kết luận 57-KL/TW: nâng cao chất lượng, hiệu quả thông tin đối ngoại trong tình hình mới",
    sapo: "Ngày 15/6/2023, Bộ Chính trị ban hành Kết luận số 57-KL/TW về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới, đặt ra yêu cầu đổi mới cả nội dung lẫn phương thức thông tin.",
    byline: "Đức Anh",
    sourceLine: MOFA_SOURCE.vi,
    tags: ["Thông tin đối ngoại", "Kết luận 57-KL/TW", "Bộ Chính trị"],
    body: doc(
      p(
        "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị là văn bản định hướng quan trọng đối với công tác thông tin đối ngoại. Kết luận đặt ra yêu cầu tiếp tục nâng cao chất lượng, hiệu quả công tác này trong tình hình mới, khi môi trường thông tin quốc tế thay đổi nhanh và nhu cầu tìm hiểu về Việt Nam ngày càng lớn.",
      ),
      h2("Nhiệm vụ của cả hệ thống chính trị"),
      p(
        "Thông tin đối ngoại không chỉ là việc của các cơ quan chuyên trách. Các bộ, ngành, địa phương, cơ quan báo chí và cơ quan đại diện Việt Nam ở nước ngoài đều góp phần giới thiệu đường lối, chính sách, thành tựu phát triển, văn hóa và con người Việt Nam tới bạn bè quốc tế.",
      ),
      p("Tại Bộ Ngoại giao, việc thực hiện Kết luận tập trung vào một số hướng chính:"),
      bullets(
        "cung cấp thông tin chính thống, kịp thời về chính sách đối ngoại qua họp báo thường kỳ và các kênh thông tin của Bộ;",
        "tạo điều kiện để phóng viên nước ngoài tác nghiệp, tìm hiểu thực tiễn tại các địa phương;",
        "đổi mới phương thức, tận dụng các nền tảng số để thông tin đến đúng đối tượng;",
        "phối hợp chặt chẽ với các bộ, ngành, địa phương và cơ quan đại diện ở nước ngoài.",
      ),
      quote(
        "“Tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.”",
        "Tên gọi Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị",
      ),
      p(
        "Trên tinh thần đó, trong hai năm, Bộ Ngoại giao đã tổ chức 13 chuyến công tác địa phương cho phóng viên nước ngoài thường trú và đón hơn 500 đoàn báo chí nước ngoài với gần 3.000 phóng viên đến Việt Nam tác nghiệp.",
      ),
      p("Văn bản và hoạt động thông tin đối ngoại của Bộ được cập nhật trên ", link("Cổng thông tin điện tử Bộ Ngoại giao", MOFA_PORTAL), "."),
    ),
    steps: PUBLISH,
  },
  en: {
    title: "Conclusion 57-KL/TW: raising the quality and effectiveness of external information work",
    sapo: "On 15 June 2023 the Politburo issued Conclusion No. 57-KL/TW on continuing to improve the quality and effectiveness of external information work in the new situation, calling for renewal in both content and methods.",
    byline: "Duc Anh",
    sourceLine: MOFA_SOURCE.en,
    tags: ["External information", "Conclusion 57-KL/TW", "Politburo"],
    body: doc(
      p(
        "Conclusion No. 57-KL/TW of 15 June 2023 of the Politburo is a key guiding document for external information work. It calls for the quality and effectiveness of that work to keep improving in the new situation, at a time when the international information environment changes fast and interest in Viet Nam keeps growing.",
      ),
      h2("A task for the whole political system"),
      p(
        "External information is not the business of specialised agencies alone. Ministries, sectors, localities, media organisations and Viet Nam's representative missions abroad all help present the country's policies, development achievements, culture and people to international audiences.",
      ),
      p("At the Ministry of Foreign Affairs, putting the Conclusion into practice centres on a few lines of work:"),
      bullets(
        "providing official, timely information on foreign policy through regular press briefings and the ministry's own channels;",
        "helping foreign reporters work in Viet Nam and see conditions in the provinces for themselves;",
        "renewing methods and using digital platforms to reach the right audiences;",
        "working closely with ministries, localities and representative missions abroad.",
      ),
      quote(
        "“Continuing to improve the quality and effectiveness of external information work in the new situation.”",
        "Title of Conclusion No. 57-KL/TW of the Politburo, 15 June 2023",
      ),
      p(
        "In that spirit, over two years the ministry organised 13 field trips to the provinces for resident foreign reporters and received more than 500 foreign press delegations with nearly 3,000 reporters.",
      ),
      p("Documents and news on the ministry's external information work are published on the ", link("Ministry of Foreign Affairs portal", MOFA_PORTAL), "."),
    ),
    steps: PUBLISH,
  },
};

export const twoYearsOfForeignPress: SeedStory = {
  category: "news",
  author: "writer",
  vi: {
    title: "Hai năm, hơn 500 đoàn báo chí nước ngoài đến Việt Nam tác nghiệp",
    sapo: "Trong hai năm, Bộ Ngoại giao đã đón hơn 500 đoàn báo chí nước ngoài với gần 3.000 phóng viên và tổ chức 13 chuyến công tác địa phương cho phóng viên nước ngoài thường trú.",
    byline: "Đức Anh",
    sourceLine: MOFA_SOURCE.vi,
    tags: ["Phóng viên nước ngoài", "Báo chí quốc tế", "Thông tin đối ngoại"],
    body: doc(
      p(
        "Những con số trên cho thấy sự quan tâm của báo chí quốc tế đối với Việt Nam, cũng như nỗ lực của Bộ Ngoại giao trong việc tạo thuận lợi cho phóng viên nước ngoài đến tìm hiểu và đưa tin về đất nước.",
      ),
      h2("Hỗ trợ từ thủ tục đến hiện trường"),
      p(
        "Với các đoàn phóng viên vào Việt Nam, Bộ Ngoại giao hướng dẫn thủ tục và hỗ trợ kết nối với các cơ quan, địa phương, nhân vật phỏng vấn theo đề nghị của đoàn, trong khuôn khổ quy định của pháp luật Việt Nam.",
      ),
      bullets(
        "hướng dẫn thủ tục hoạt động báo chí của phóng viên nước ngoài tại Việt Nam;",
        "kết nối với bộ, ngành, địa phương và doanh nghiệp theo chủ đề đoàn quan tâm;",
        "hỗ trợ tác nghiệp tại các sự kiện đối ngoại lớn.",
      ),
      h2("13 chuyến công tác địa phương"),
      p(
        "Với phóng viên nước ngoài thường trú, Bộ Ngoại giao đã tổ chức 13 chuyến công tác địa phương trong hai năm. Tiêu biểu là chuyến đi Đắk Lắk từ ngày 16 đến 18/9/2023, nơi các phóng viên tìm hiểu về cây cà phê, văn hóa Tây Nguyên và di sản cồng chiêng.",
      ),
      p(
        "Các chuyến đi giúp phóng viên gặp gỡ trực tiếp chính quyền, doanh nghiệp và người dân, có thêm chất liệu để phản ánh đời sống kinh tế – xã hội ở các vùng miền, ngoài những tin tức thời sự từ Hà Nội.",
      ),
      p(
        "Các hoạt động này thực hiện định hướng của Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.",
      ),
    ),
    steps: PUBLISH,
  },
  en: {
    title: "More than 500 foreign press delegations reported from Viet Nam in two years",
    sapo: "Over two years the Ministry of Foreign Affairs received more than 500 foreign press delegations with nearly 3,000 reporters and organised 13 field trips to the provinces for resident foreign correspondents.",
    byline: "Duc Anh",
    sourceLine: MOFA_SOURCE.en,
    tags: ["Foreign correspondents", "International media", "External information"],
    body: doc(
      p(
        "The figures reflect the international media's interest in Viet Nam and the ministry's efforts to make it easier for foreign reporters to come, see the country for themselves and report on it.",
      ),
      h2("Support from paperwork to the field"),
      p(
        "For visiting press delegations, the ministry explains the procedures and helps arrange contacts with agencies, localities and interviewees at the delegation's request, within the framework of Vietnamese law.",
      ),
      bullets(
        "guidance on the procedures for foreign journalists working in Viet Nam;",
        "contacts with ministries, localities and businesses on the topics a delegation covers;",
        "support on the ground at major diplomatic events.",
      ),
      h2("Thirteen field trips to the provinces"),
      p(
        "For resident foreign correspondents, the ministry organised 13 field trips to the provinces in two years. One of them took reporters to Dak Lak from 16 to 18 September 2023 to learn about coffee growing, Central Highlands culture and the region's gong heritage.",
      ),
      p(
        "The trips let correspondents meet local authorities, businesses and residents directly, giving them material on economic and social life across the country beyond the daily news from Ha Noi.",
      ),
      p(
        "This work follows Conclusion No. 57-KL/TW of 15 June 2023 of the Politburo on continuing to improve the quality and effectiveness of external information work in the new situation.",
      ),
    ),
    steps: PUBLISH,
  },
};

export const internationalPressCentres: SeedStory = {
  category: "foreign-affairs",
  author: "writer",
  vi: {
    title: "Trung tâm báo chí quốc tế – điểm tựa của phóng viên tại các sự kiện đối ngoại lớn",
    sapo: "Tại các sự kiện đối ngoại lớn do Việt Nam tổ chức, trung tâm báo chí quốc tế là nơi phóng viên trong và ngoài nước nhận thông tin chính thức, làm việc và truyền tin.",
    byline: "Đức Anh",
    sourceLine: MOFA_SOURCE.vi,
    tags: ["Trung tâm báo chí", "Sự kiện đối ngoại", "Phóng viên nước ngoài"],
    body: doc(
      p(
        "Mỗi khi Việt Nam đăng cai một hội nghị quốc tế hay đón một chuyến thăm cấp cao, số phóng viên nước ngoài đến đưa tin tăng lên rõ rệt. Trung tâm báo chí quốc tế được thiết lập để họ có nơi làm việc, nhận thông cáo và theo dõi các hoạt động chính của sự kiện.",
      ),
      h2("Nhiều cơ quan cùng phối hợp"),
      p(
        "Bộ Ngoại giao phối hợp với các bộ, ngành và địa phương liên quan trong mọi khâu, từ cấp thẻ tác nghiệp, bố trí khu vực ghi hình đến bảo đảm đường truyền và cung cấp thông tin kịp thời.",
      ),
      bullets(
        "cấp thẻ và hướng dẫn khu vực tác nghiệp;",
        "cung cấp thông cáo, lịch trình và tài liệu nền về Việt Nam;",
        "tổ chức họp báo, bố trí phỏng vấn theo đề nghị của phóng viên;",
        "giới thiệu văn hóa, ẩm thực và điểm đến của địa phương đăng cai.",
      ),
      p(
        "Bên cạnh việc hỗ trợ tác nghiệp, trung tâm báo chí còn là không gian giới thiệu hình ảnh Việt Nam. Từ đây, nhiều phóng viên có thêm chất liệu cho những bài viết về đất nước, con người Việt Nam, ngoài tin tức về chính sự kiện.",
      ),
      p(
        "Cách làm này góp phần thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.",
      ),
      p("Thông tin về các sự kiện đối ngoại được cập nhật trên ", link("Cổng thông tin điện tử Bộ Ngoại giao", MOFA_PORTAL), "."),
    ),
    steps: PUBLISH,
  },
  en: {
    title: "International press centres: a base for reporters at major diplomatic events",
    sapo: "At major diplomatic events hosted by Viet Nam, the international press centre is where Vietnamese and foreign reporters receive official information, work and file their stories.",
    byline: "Duc Anh",
    sourceLine: MOFA_SOURCE.en,
    tags: ["Press centre", "Diplomatic events", "Foreign correspondents"],
    body: doc(
      p(
        "Whenever Viet Nam hosts an international conference or a high-level visit, the number of foreign reporters covering it rises sharply. An international press centre is set up so that they have a place to work, receive press releases and follow the main proceedings.",
      ),
      h2("Many agencies working together"),
      p(
        "The Ministry of Foreign Affairs works with the ministries, sectors and localities concerned at every stage, from accreditation and camera positions to connectivity and the timely release of information.",
      ),
      bullets(
        "accreditation and guidance on working areas;",
        "press releases, schedules and background material on Viet Nam;",
        "press conferences and interviews arranged at reporters' request;",
        "an introduction to the culture, food and sights of the host locality.",
      ),
      p(
        "Beyond supporting reporters at work, the press centre is also a showcase for Viet Nam. Many correspondents find material there for stories about the country and its people beyond the event itself.",
      ),
      p(
        "This approach contributes to Conclusion No. 57-KL/TW of 15 June 2023 of the Politburo on continuing to improve the quality and effectiveness of external information work in the new situation.",
      ),
      p("News of diplomatic events is published on the ", link("Ministry of Foreign Affairs portal", MOFA_PORTAL), "."),
    ),
    steps: PUBLISH,
  },
};
