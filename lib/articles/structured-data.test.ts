import { describe, expect, test } from "vitest";
import { newsArticleJsonLd, serializeJsonLd, storySharing } from "./structured-data";

const story = {
  title: "Phóng viên nước ngoài thăm Đắk Lắk",
  sapo: "Từ ngày 16 đến 18/9/2023.",
  seoTitle: "",
  metaDescription: "",
  socialImageUrl: null,
  coverImageUrl: "https://images.example/cover.jpg",
  publishedAt: "2023-09-18T03:00:00.000Z",
  authorNames: ["Phạm Đức Anh"],
  byline: "",
  tagNames: ["Đắk Lắk", "báo chí"],
  category: { name: "Đối ngoại", slug: "doi-ngoai" },
};

describe("storySharing", () => {
  test("falls back to the title, lead and cover when the SEO fields are empty", () => {
    expect(storySharing(story, "site")).toEqual({ title: story.title, description: story.sapo, imageUrl: story.coverImageUrl });
  });

  test("uses the SEO fields when set, and the site description when there is no lead", () => {
    const custom = { ...story, sapo: "", seoTitle: "Đắk Lắk trong mắt phóng viên quốc tế", socialImageUrl: "https://images.example/share.jpg" };
    expect(storySharing(custom, "Tin đối ngoại")).toEqual({
      title: "Đắk Lắk trong mắt phóng viên quốc tế",
      description: "Tin đối ngoại",
      imageUrl: "https://images.example/share.jpg",
    });
    expect(storySharing({ ...custom, metaDescription: "Mô tả riêng" }, "x").description).toBe("Mô tả riêng");
  });
});

describe("newsArticleJsonLd", () => {
  test("describes the story as a schema.org NewsArticle", () => {
    const data = newsArticleJsonLd({ story, url: "https://news.example/vi/bai-viet/x", locale: "vi", publisherName: "Thông tin đối ngoại", imageUrl: story.coverImageUrl });
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      headline: story.title,
      datePublished: story.publishedAt,
      inLanguage: "vi",
      mainEntityOfPage: { "@id": "https://news.example/vi/bai-viet/x" },
      image: [story.coverImageUrl],
      author: [{ "@type": "Person", name: "Phạm Đức Anh" }],
      publisher: { "@type": "Organization", name: "Thông tin đối ngoại" },
      articleSection: "Đối ngoại",
      keywords: "Đắk Lắk, báo chí",
    });
  });

  test("credits the byline when no author account is named, and leaves out what is missing", () => {
    const data = newsArticleJsonLd({ story: { ...story, authorNames: [], byline: "Nhóm phóng viên", category: null, tagNames: [], sapo: "" }, url: "u", locale: "en", publisherName: "p", imageUrl: null });
    expect(data.author).toEqual([{ "@type": "Person", name: "Nhóm phóng viên" }]);
    expect(data).not.toHaveProperty("image");
    expect(data).not.toHaveProperty("articleSection");
    expect(data).not.toHaveProperty("keywords");
    expect(data).not.toHaveProperty("description");
  });
});

describe("serializeJsonLd", () => {
  test("a title that tries to close the script element stays inside it, and parses back to the same data", () => {
    const value = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const serialized = serializeJsonLd(value);
    expect(serialized).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(serialized)).toEqual(value);
  });
});
