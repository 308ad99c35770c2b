/**
 * Stories from the field trip for resident foreign reporters to Đắk Lắk on
 * 16–18 September 2023 (coffee, Central Highlands culture, gong heritage). The
 * Vietnamese report is live with a revision in review; the enterprise and
 * figure pieces are still on the desk. People and companies stay unnamed: the
 * editor's note on the enterprise piece asks for exactly those sources.
 */
import { MOFA_SOURCE, append, bullets, doc, h2, link, p } from "./story-body";
import { PUBLISH, requestChanges, revise, submit, type SeedStory } from "./story-workflow";

const UNESCO_ICH = "https://ich.unesco.org";

export const dakLakFieldTrip: SeedStory = {
  category: "foreign-affairs",
  author: "writer",
  vi: {
    title: "Phóng viên nước ngoài thường trú tìm hiểu cà phê và văn hóa cồng chiêng Đắk Lắk",
    sapo: "Từ ngày 16 đến 18/9/2023, đoàn phóng viên nước ngoài thường trú tại Việt Nam có chuyến công tác tại tỉnh Đắk Lắk, tìm hiểu về cây cà phê, đời sống và bản sắc văn hóa của đồng bào các dân tộc Tây Nguyên.",
    byline: "Đức Anh",
    sourceLine: MOFA_SOURCE.vi,
    tags: ["Phóng viên nước ngoài", "Đắk Lắk", "Tây Nguyên", "Cà phê"],
    body: doc(
      p(
        "Chuyến công tác do Bộ Ngoại giao tổ chức, nằm trong chuỗi hoạt động đưa phóng viên nước ngoài thường trú đến các địa phương, giúp báo chí quốc tế có góc nhìn trực tiếp về đời sống kinh tế – xã hội của Việt Nam.",
      ),
      h2("Về với thủ phủ cà phê"),
      p(
        "Tại Buôn Ma Thuột, các phóng viên tìm hiểu quá trình trồng, chế biến và xuất khẩu cà phê – cây trồng gắn bó với Đắk Lắk qua nhiều thế hệ, đồng thời được giới thiệu những mô hình canh tác bền vững mà nông dân và doanh nghiệp địa phương đang áp dụng.",
      ),
      h2("Nhịp cồng chiêng giữa đại ngàn"),
      p(
        "Một điểm nhấn của chuyến đi là các hoạt động giới thiệu Không gian văn hóa Cồng chiêng Tây Nguyên, di sản văn hóa phi vật thể được UNESCO ghi danh. Tại buôn làng, phóng viên được nghe diễn tấu cồng chiêng, tìm hiểu nhà dài truyền thống và nghề thủ công của đồng bào Ê Đê.",
      ),
      p(
        "Chuyến đi tạo điều kiện để các phóng viên trao đổi trực tiếp với lãnh đạo địa phương, doanh nghiệp và người dân, qua đó có thêm chất liệu để đưa tin về Tây Nguyên một cách đầy đủ, sinh động.",
      ),
      p(
        "Hoạt động này thực hiện định hướng của Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới.",
      ),
    ),
    // Published, then reopened by the editor: readers keep the published text while the revision is reviewed.
    steps: [
      ...PUBLISH,
      revise("editor", (content) => ({
        ...content,
        tags: [...content.tags, "Cồng chiêng"],
        body: append(
          content.body,
          p("Xem thêm về Không gian văn hóa Cồng chiêng Tây Nguyên trong ", link("danh sách di sản văn hóa phi vật thể của UNESCO", UNESCO_ICH), "."),
        ),
      })),
      submit("editor"),
    ],
  },
  en: {
    title: "Resident foreign correspondents discover Dak Lak's coffee and gong culture",
    sapo: "From 16 to 18 September 2023, foreign correspondents based in Viet Nam visited Dak Lak province to learn about coffee growing and the life and culture of the ethnic communities of the Central Highlands.",
    byline: "Duc Anh",
    sourceLine: MOFA_SOURCE.en,
    tags: ["Foreign correspondents", "Dak Lak", "Central Highlands", "Coffee"],
    body: doc(
      p(
        "The trip, organised by the Ministry of Foreign Affairs, is one of a series that takes resident foreign correspondents to the provinces so that the international media can see economic and social life in Viet Nam first-hand.",
      ),
      h2("In the coffee capital"),
      p(
        "In Buon Ma Thuot, the correspondents followed coffee from planting to processing and export. The crop has shaped Dak Lak for generations, and the reporters were shown sustainable farming models now used by local farmers and businesses.",
      ),
      h2("The rhythm of the gongs"),
      p(
        "A highlight of the trip was an introduction to the Space of Gong Culture in the Central Highlands, inscribed by UNESCO as intangible cultural heritage. In the villages, reporters heard gong ensembles, visited traditional long houses and learned about the crafts of the Ede people.",
      ),
      p(
        "The trip let correspondents talk directly with local leaders, businesses and residents, giving them material to report on the Central Highlands in depth.",
      ),
      p(
        "It follows Conclusion No. 57-KL/TW of 15 June 2023 of the Politburo on continuing to improve the quality and effectiveness of external information work in the new situation.",
      ),
    ),
    steps: PUBLISH,
  },
};

export const coffeeEnterprises: SeedStory = {
  category: "enterprise",
  author: "writer",
  vi: {
    title: "Doanh nghiệp cà phê Tây Nguyên kể câu chuyện chuỗi giá trị với báo chí quốc tế",
    sapo: "Cà phê Đắk Lắk là một trong những chủ đề được phóng viên nước ngoài thường trú quan tâm trong chuyến công tác tháng 9/2023. Phía sau mỗi lô hàng xuất khẩu là chuỗi liên kết giữa nông dân, hợp tác xã và doanh nghiệp.",
    byline: "Đức Anh",
    sourceLine: "Tổng hợp",
    tags: ["Cà phê", "Doanh nghiệp", "Đắk Lắk"],
    body: doc(
      p(
        "Đắk Lắk được biết đến là vùng trồng cà phê lớn của Việt Nam, Buôn Ma Thuột thường được gọi là thủ phủ cà phê. Với nhiều doanh nghiệp địa phương, cà phê không chỉ là mặt hàng xuất khẩu mà còn là câu chuyện về vùng đất và con người Tây Nguyên.",
      ),
      h2("Từ vườn cây đến tách cà phê"),
      p(
        "Các doanh nghiệp trong ngành liên kết với nông hộ và hợp tác xã để kiểm soát chất lượng từ khâu trồng, thu hái đến sơ chế. Một số đơn vị đầu tư vào rang xay, đóng gói, đưa sản phẩm mang thương hiệu Việt đến với người tiêu dùng nước ngoài.",
      ),
      bullets(
        "canh tác theo hướng bền vững, tiết kiệm nước;",
        "truy xuất nguồn gốc cho từng lô hàng;",
        "phát triển sản phẩm chế biến sâu thay vì chỉ xuất khẩu cà phê nhân.",
      ),
      p(
        "Với báo chí quốc tế, câu chuyện của doanh nghiệp cà phê là một góc nhìn cụ thể về quá trình chuyển đổi của nông nghiệp Việt Nam, gắn với sinh kế của đồng bào các dân tộc ở Tây Nguyên.",
      ),
      p("Bộ Ngoại giao tiếp tục kết nối phóng viên nước ngoài với doanh nghiệp và địa phương, để những câu chuyện như vậy đến được với bạn đọc quốc tế."),
    ),
    steps: [
      submit(),
      requestChanges("Đề nghị bổ sung tên doanh nghiệp, người được phỏng vấn và nguồn cho các nhận định về ngành cà phê trước khi duyệt."),
    ],
  },
  en: {
    title: "Central Highlands coffee businesses tell the international press about their value chain",
    sapo: "Dak Lak coffee was one of the subjects resident foreign correspondents followed most closely on their September 2023 trip. Behind every export shipment stands a chain linking farmers, cooperatives and businesses.",
    byline: "Duc Anh",
    sourceLine: "Compiled by the newsroom",
    tags: ["Coffee", "Enterprise", "Dak Lak"],
    body: doc(
      p(
        "Dak Lak is known as one of Viet Nam's main coffee-growing areas, and Buon Ma Thuot is often called the country's coffee capital. For many local businesses, coffee is not only an export but also a story about the land and people of the Central Highlands.",
      ),
      h2("From the farm to the cup"),
      p(
        "Businesses work with households and cooperatives to control quality from planting and harvesting to primary processing. Some have invested in roasting and packaging, bringing Vietnamese-branded products to consumers abroad.",
      ),
      bullets("sustainable, water-saving cultivation;", "traceability for every shipment;", "processed products rather than green beans alone."),
      p(
        "For the international press, the coffee businesses offer a concrete view of how Vietnamese agriculture is changing and of the livelihoods of the ethnic communities of the Central Highlands.",
      ),
      p("The ministry will keep connecting foreign correspondents with businesses and localities so that such stories reach international readers."),
    ),
    steps: [],
  },
};

export const gongArtisans: SeedStory = {
  category: "figure",
  author: "writer",
  vi: {
    title: "Nghệ nhân cồng chiêng – người giữ nhịp cho buôn làng Tây Nguyên",
    sapo: "Ở các buôn làng Tây Nguyên, những nghệ nhân cồng chiêng lặng lẽ truyền dạy cho lớp trẻ, giữ cho di sản được UNESCO ghi danh tiếp tục sống trong đời sống cộng đồng.",
    byline: "Đức Anh",
    sourceLine: "Tổng hợp",
    tags: ["Cồng chiêng", "Nghệ nhân", "Tây Nguyên"],
    body: doc(
      p(
        "Không gian văn hóa Cồng chiêng Tây Nguyên được UNESCO ghi danh là di sản văn hóa phi vật thể của nhân loại. Nhưng di sản ấy chỉ thực sự sống khi tiếng cồng, tiếng chiêng còn vang lên trong lễ hội và nghi lễ của buôn làng.",
      ),
      h2("Người thầy không cần lớp học"),
      p(
        "Nhiều nghệ nhân cao tuổi vẫn ngày ngày truyền dạy cách đánh chiêng, chỉnh âm cho thanh thiếu niên trong buôn. Việc học diễn ra ngay trong nhà dài, bên bếp lửa, bằng cách nghe và làm theo.",
      ),
      p(
        "Với người Ê Đê, M'nông và nhiều dân tộc khác ở Tây Nguyên, cồng chiêng gắn với vòng đời mỗi người và nhịp mùa màng, có mặt trong các lễ nghi quan trọng nhất của cộng đồng.",
      ),
      p(
        "Trong chuyến công tác của phóng viên nước ngoài thường trú tại Đắk Lắk từ ngày 16 đến 18/9/2023, các buổi diễn tấu cồng chiêng là một phần của chương trình tìm hiểu văn hóa Tây Nguyên.",
      ),
      p(
        "Bảo tồn di sản vì thế không chỉ là lưu giữ hiện vật, mà là tạo điều kiện để nghệ nhân tiếp tục trao truyền và để lớp trẻ tự hào tiếp nối nhịp chiêng của cha ông.",
      ),
    ),
    steps: [submit()],
  },
  en: {
    title: "Gong artisans: keeping the rhythm of Central Highlands villages",
    sapo: "In the villages of the Central Highlands, gong artisans quietly teach the young, keeping a heritage inscribed by UNESCO alive in community life.",
    byline: "Duc Anh",
    sourceLine: "Compiled by the newsroom",
    tags: ["Gong culture", "Artisans", "Central Highlands"],
    body: doc(
      p(
        "The Space of Gong Culture in the Central Highlands is inscribed by UNESCO as intangible cultural heritage of humanity. Yet the heritage truly lives only as long as gongs still sound at village festivals and rituals.",
      ),
      h2("Teachers without a classroom"),
      p(
        "Many elderly artisans still teach young people in the village how to play and tune the gongs. Lessons take place in the long house, by the fire, by listening and playing along.",
      ),
      p(
        "For the Ede, the M'nong and many other peoples of the Central Highlands, gongs accompany each stage of life and the farming year, and are present at the community's most important ceremonies.",
      ),
      p(
        "During the field trip of resident foreign correspondents to Dak Lak from 16 to 18 September 2023, gong performances were part of the programme on Central Highlands culture.",
      ),
      p(
        "Preserving the heritage therefore means more than keeping objects: it means helping artisans pass on their skills, so that the young carry on their elders' rhythm with pride.",
      ),
    ),
    steps: [],
  },
};
