/**
 * Heritage and destination stories. Only well-established public facts (the
 * UNESCO inscriptions) are stated; the rest stays descriptive. Hội An's English
 * version is live with a revision in draft; Huế is still with the editors.
 */
import { append, bullets, doc, h2, link, p } from "./story-body";
import { PUBLISH, approve, requestChanges, revise, submit, type SeedStory } from "./story-workflow";

const HOI_AN_UNESCO = "https://whc.unesco.org/en/list/948";
const HUE_UNESCO = "https://whc.unesco.org/en/list/678";
const HA_LONG_UNESCO = "https://whc.unesco.org/en/list/672";

export const hoiAn: SeedStory = {
  category: "heritage",
  author: "writer",
  vi: {
    title: "Hội An – thương cảng xưa trong nhịp sống hôm nay",
    sapo: "Được UNESCO ghi danh là Di sản Văn hóa Thế giới năm 1999, đô thị cổ Hội An lưu giữ rõ nét dấu ấn của một thương cảng từng đón thương nhân nhiều nước.",
    byline: "Đức Anh",
    sourceLine: "Tổng hợp",
    tags: ["Hội An", "Di sản văn hóa", "UNESCO"],
    body: doc(
      p(
        "Nằm bên sông Thu Bồn, Hội An từng là thương cảng sầm uất, nơi thương nhân nhiều nước đến buôn bán từ thế kỷ XV đến thế kỷ XIX. Dấu ấn ấy còn hiện diện trong những ngôi nhà gỗ, hội quán, đình chùa và nhịp sống của khu phố cổ.",
      ),
      h2("Di sản trong đời sống thường ngày"),
      p(
        "Khác với một bảo tàng ngoài trời, phố cổ Hội An vẫn là nơi người dân sinh sống, buôn bán hằng ngày. Các công trình cổ được tu bổ theo nguyên tắc bảo tồn, giữ lại giá trị nguyên gốc.",
      ),
      bullets(
        "Chùa Cầu, biểu tượng của đô thị cổ;",
        "các hội quán của cộng đồng người Hoa;",
        "những dãy nhà phố bằng gỗ hai bên đường;",
        "đêm phố cổ với đèn lồng bên sông Hoài.",
      ),
      p(
        "Với phóng viên quốc tế, Hội An là ví dụ sinh động về cách một cộng đồng vừa bảo tồn di sản vừa phát triển du lịch. Nghề truyền thống, ẩm thực và lễ hội nơi đây là chất liệu phong phú cho những bài viết về văn hóa Việt Nam.",
      ),
      p("Giá trị nổi bật toàn cầu của di sản được giới thiệu trên ", link("trang Di sản Thế giới của UNESCO", HOI_AN_UNESCO), "."),
    ),
    steps: PUBLISH,
  },
  en: {
    title: "Hoi An: an old trading port in today's rhythm of life",
    sapo: "Inscribed by UNESCO as a World Heritage site in 1999, Hoi An Ancient Town still bears the clear imprint of a port that once welcomed merchants from many countries.",
    byline: "Duc Anh",
    sourceLine: "Compiled by the newsroom",
    tags: ["Hoi An", "Cultural heritage", "UNESCO"],
    body: doc(
      p(
        "On the Thu Bon River, Hoi An was a busy trading port where merchants from many countries came to do business between the 15th and 19th centuries. That legacy lives on in the town's wooden houses, assembly halls, temples and pagodas, and in the rhythm of the old quarter.",
      ),
      h2("Heritage in everyday life"),
      p(
        "Unlike an open-air museum, Hoi An's old town is still where people live and trade every day. Its historic buildings are restored according to conservation principles that keep their original value.",
      ),
      bullets(
        "the Japanese Covered Bridge, symbol of the town;",
        "the assembly halls of the Chinese communities;",
        "rows of wooden shophouses along the streets;",
        "lantern-lit evenings by the Hoai River.",
      ),
      p(
        "For international reporters, Hoi An is a vivid example of a community preserving its heritage while developing tourism. Its crafts, food and festivals give rich material for stories on Vietnamese culture.",
      ),
      p("The site's outstanding universal value is described on ", link("UNESCO's World Heritage page", HOI_AN_UNESCO), "."),
    ),
    // Published, then reopened: readers keep the published English text while the revision is drafted.
    steps: [
      ...PUBLISH,
      revise("editor", (content) => ({
        ...content,
        body: append(
          content.body,
          p("Visitors are asked to respect residents' daily life: the old town is a living neighbourhood, not a stage set."),
        ),
      })),
    ],
  },
};

export const haLongBay: SeedStory = {
  category: "destination",
  author: "writer",
  vi: {
    title: "Vịnh Hạ Long – kỳ quan đá và nước trong mắt bạn bè quốc tế",
    sapo: "Vịnh Hạ Long, Di sản Thiên nhiên Thế giới, tiếp tục là một trong những điểm đến tiêu biểu khi giới thiệu Việt Nam với bạn bè quốc tế.",
    byline: "Đức Anh",
    sourceLine: "Tổng hợp",
    tags: ["Vịnh Hạ Long", "Di sản thiên nhiên", "Du lịch"],
    body: doc(
      p(
        "Với quần thể đảo đá vôi nhô lên giữa mặt nước xanh, Vịnh Hạ Long được UNESCO ghi nhận giá trị ngoại hạng về cảnh quan và về địa chất, địa mạo. Năm 2023, di sản được mở rộng thành Vịnh Hạ Long – Quần đảo Cát Bà, trải trên địa bàn Quảng Ninh và Hải Phòng.",
      ),
      h2("Trải nghiệm giữa di sản"),
      p("Du khách có thể khám phá vịnh bằng tàu, chèo thuyền kayak qua các hang xuyên thủy hoặc tìm hiểu đời sống của cư dân làng chài trên vịnh."),
      bullets("hệ thống hang động đá vôi;", "các bãi tắm và đảo nhỏ;", "văn hóa làng chài;", "ẩm thực hải sản của vùng biển Quảng Ninh."),
      p(
        "Hạ Long cũng là điểm đến phù hợp với các đoàn báo chí nước ngoài tìm hiểu về du lịch và bảo tồn thiên nhiên ở Việt Nam, với nhiều góc nhìn từ cảnh quan đến sinh kế của người dân.",
      ),
      p("Công tác bảo tồn được đặt song song với phát triển du lịch, nhằm giữ gìn cảnh quan và hệ sinh thái của vịnh cho các thế hệ sau."),
      p("Thông tin về di sản được giới thiệu trên ", link("trang Di sản Thế giới của UNESCO", HA_LONG_UNESCO), "."),
    ),
    steps: PUBLISH,
  },
  en: {
    title: "Ha Long Bay: a wonder of rock and water through international eyes",
    sapo: "Ha Long Bay, a natural World Heritage site, remains one of the signature destinations when Viet Nam introduces itself to the world.",
    byline: "Duc Anh",
    sourceLine: "Compiled by the newsroom",
    tags: ["Ha Long Bay", "Natural heritage", "Tourism"],
    body: doc(
      p(
        "With its limestone islands rising from green water, Ha Long Bay has been recognised by UNESCO for its exceptional scenery and for its geology and geomorphology. In 2023 the site was extended to become Ha Long Bay – Cat Ba Archipelago, spanning Quang Ninh province and Hai Phong city.",
      ),
      h2("Experiencing the heritage"),
      p("Visitors can explore the bay by boat, kayak through sea caves or learn about the life of its fishing communities."),
      bullets("limestone caves and grottoes;", "beaches and small islands;", "fishing-village culture;", "the seafood of the Quang Ninh coast."),
      p(
        "Ha Long also suits foreign press delegations looking at tourism and nature conservation in Viet Nam, with angles ranging from the landscape to local livelihoods.",
      ),
      p("Conservation goes hand in hand with tourism development, to protect the bay's landscape and ecosystem for future generations."),
      p("More about the site is available on ", link("UNESCO's World Heritage page", HA_LONG_UNESCO), "."),
    ),
    steps: PUBLISH,
  },
};

export const hue: SeedStory = {
  category: "heritage",
  author: "writer",
  vi: {
    title: "Cố đô Huế – di sản sống bên dòng Hương",
    sapo: "Quần thể di tích Cố đô Huế là di sản đầu tiên của Việt Nam được UNESCO ghi danh, năm 1993, và vẫn hiện diện trong đời sống thường ngày của người dân.",
    byline: "Đức Anh",
    sourceLine: "Tổng hợp",
    tags: ["Cố đô Huế", "Di sản văn hóa", "Nhã nhạc"],
    body: doc(
      p(
        "Là kinh đô của Việt Nam dưới triều Nguyễn, Huế lưu giữ hệ thống cung điện, thành quách, lăng tẩm và đền miếu trải dọc hai bờ sông Hương. Năm 1993, Quần thể di tích Cố đô Huế trở thành di sản đầu tiên của Việt Nam được UNESCO ghi danh là Di sản Văn hóa Thế giới.",
      ),
      h2("Từ Đại Nội đến lăng tẩm"),
      p(
        "Đại Nội với Hoàng thành và Tử Cấm thành, các lăng vua giữa thiên nhiên xứ Huế, cùng những công trình như chùa Thiên Mụ bên bờ sông Hương, tạo nên một không gian di sản đặc sắc.",
      ),
      p(
        "Bên cạnh di sản vật thể, Nhã nhạc cung đình Huế cũng được UNESCO ghi danh là di sản văn hóa phi vật thể. Các buổi biểu diễn nhã nhạc giúp du khách hình dung đời sống cung đình xưa.",
      ),
      p("Công tác trùng tu được tiến hành thận trọng; nhiều hạng mục đã được phục hồi, trong khi đời sống của người dân quanh di tích vẫn tiếp diễn."),
    ),
    steps: [
      submit(),
      requestChanges("Kiểm tra lại tên gọi chính thức của di sản và dẫn nguồn cho đoạn về Nhã nhạc."),
      revise("writer", (content) => ({
        ...content,
        body: append(content.body, p("Thông tin về di sản được giới thiệu trên ", link("trang Di sản Thế giới của UNESCO", HUE_UNESCO), ".")),
      })),
      submit(),
      approve(),
    ],
  },
  en: {
    title: "Hue, the former imperial capital: living heritage on the Perfume River",
    sapo: "The Complex of Hue Monuments became Viet Nam's first UNESCO World Heritage site in 1993 and remains part of residents' everyday life.",
    byline: "Duc Anh",
    sourceLine: "Compiled by the newsroom",
    tags: ["Hue", "Cultural heritage", "Royal court music"],
    body: doc(
      p(
        "As Viet Nam's capital under the Nguyen dynasty, Hue preserves palaces, citadel walls, royal tombs and temples along both banks of the Perfume River. In 1993 the Complex of Hue Monuments became the first site in Viet Nam inscribed by UNESCO on the World Heritage List.",
      ),
      h2("From the Imperial City to the royal tombs"),
      p(
        "The Imperial City with its Forbidden Purple City, the royal tombs set in Hue's countryside and landmarks such as Thien Mu Pagoda on the riverbank together form a remarkable heritage landscape.",
      ),
      p(
        "Beyond its monuments, Hue's royal court music, Nha nhac, is also inscribed by UNESCO as intangible cultural heritage. Performances give visitors a sense of court life in the past.",
      ),
      p("Restoration proceeds carefully; many structures have been restored while daily life around the monuments goes on."),
      p("More about the site is available on ", link("UNESCO's World Heritage page", HUE_UNESCO), "."),
    ),
    steps: [submit()],
  },
};
