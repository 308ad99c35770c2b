import { beforeAll, describe, expect, test } from "vitest";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { transitionArticle, updateArticle } from "./mutations";
import { getPublishedStory } from "./public-queries";
import { getArticleForEditor } from "./queries";
import { updateArticleSchema } from "./schemas";

let writer: TestUser;
let chief: TestUser;
beforeAll(async () => {
  writer = await users.create({ roles: ["WRITER"] });
  chief = await users.create({ roles: ["CHIEF_EDITOR"] });
});

const SEO = {
  seoTitle: "Đắk Lắk trong mắt phóng viên quốc tế",
  metaDescription: "Chuyến công tác của phóng viên thường trú tới Tây Nguyên.",
  socialImageUrl: "https://images.example/dak-lak-share.jpg",
  canonicalUrl: "https://mofa.example/vi/dak-lak",
};

describe("search and sharing fields", () => {
  test("are saved with the article, shown in the editor and copied to readers only on publish", async () => {
    const created = await articles.create({ author: writer, ...SEO });
    const editor = await getArticleForEditor({ actor: writer, articleId: created.id });
    expect(editor).toMatchObject(SEO);

    let article = created;
    for (const to of ["IN_REVIEW", "APPROVED", "PUBLISHED"] as const) {
      article = await transitionArticle({ actor: chief, input: { articleId: article.id, to, version: article.version } });
    }
    expect(await getPublishedStory({ locale: "vi", slug: article.slug })).toMatchObject(SEO);

    // A revision changes the working copy; readers keep the published SEO text until the next publish.
    const current = await getArticleForEditor({ actor: chief, articleId: article.id });
    const revised = await updateArticle({
      actor: chief,
      input: updateArticleSchema.parse({
        articleId: article.id,
        version: current.version,
        title: current.title,
        body: current.body,
        seoTitle: "Tiêu đề SEO mới",
        metaDescription: "",
        socialImageUrl: "",
        canonicalUrl: "",
      }),
    });
    expect(await getArticleForEditor({ actor: chief, articleId: article.id })).toMatchObject({
      seoTitle: "Tiêu đề SEO mới",
      metaDescription: "",
      socialImageUrl: null,
      canonicalUrl: null,
    });
    expect(await getPublishedStory({ locale: "vi", slug: revised.slug })).toMatchObject(SEO);
  });
});
