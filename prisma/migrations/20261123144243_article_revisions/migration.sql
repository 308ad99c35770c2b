-- CreateEnum
CREATE TYPE "ArticleRevisionKind" AS ENUM ('BASELINE', 'CREATED', 'SAVED', 'RESTORED');

-- CreateTable
CREATE TABLE "article_revision" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "ArticleRevisionKind" NOT NULL,
    "restored_from_number" INTEGER,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sapo" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "category_id" UUID,
    "byline" TEXT NOT NULL,
    "source_line" TEXT NOT NULL,
    "cover_image_url" TEXT,
    "seo_title" TEXT NOT NULL,
    "meta_description" TEXT NOT NULL,
    "social_image_url" TEXT,
    "canonical_url" TEXT,
    "tags" TEXT[],
    "author_ids" UUID[],
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_autosave" (
    "article_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "base_version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sapo" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "category_id" UUID,
    "byline" TEXT NOT NULL,
    "source_line" TEXT NOT NULL,
    "cover_image_url" TEXT,
    "seo_title" TEXT NOT NULL,
    "meta_description" TEXT NOT NULL,
    "social_image_url" TEXT,
    "canonical_url" TEXT,
    "tags" TEXT[],
    "author_ids" UUID[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_autosave_pkey" PRIMARY KEY ("article_id","user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_revision_article_id_number_key" ON "article_revision"("article_id", "number" DESC);

-- CreateIndex
CREATE INDEX "article_autosave_user_id_idx" ON "article_autosave"("user_id");

-- AddForeignKey
ALTER TABLE "article_revision" ADD CONSTRAINT "article_revision_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_revision" ADD CONSTRAINT "article_revision_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_autosave" ADD CONSTRAINT "article_autosave_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_autosave" ADD CONSTRAINT "article_autosave_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: history begins with each existing article as it stands now (revision 1, BASELINE),
-- so every article has a latest revision to compare against and restore to.
INSERT INTO "article_revision" (
    "id", "article_id", "number", "version", "kind", "title", "slug", "sapo", "body", "category_id",
    "byline", "source_line", "cover_image_url", "seo_title", "meta_description", "social_image_url",
    "canonical_url", "tags", "author_ids", "author_id", "created_at", "updated_at"
)
SELECT
    gen_random_uuid(), a."id", 1, a."version", 'BASELINE', a."title", a."slug", a."sapo", a."body", a."category_id",
    a."byline", a."source_line", a."cover_image_url", a."seo_title", a."meta_description", a."social_image_url",
    a."canonical_url",
    COALESCE((SELECT array_agg(t."name" ORDER BY at."created_at", t."name")
              FROM "article_tag" at JOIN "tag" t ON t."id" = at."tag_id" WHERE at."article_id" = a."id"), '{}'),
    COALESCE((SELECT array_agg(au."user_id" ORDER BY au."position")
              FROM "article_author" au WHERE au."article_id" = a."id"), '{}'),
    NULL, a."updated_at", a."updated_at"
FROM "article" a;
