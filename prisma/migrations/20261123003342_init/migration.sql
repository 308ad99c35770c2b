-- Trigram search over folded (diacritics-free) text.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CHIEF_EDITOR', 'EDITOR', 'WRITER', 'PRESS_OFFICER');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED');

-- CreateTable
CREATE TABLE "user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "roles" "Role"[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "preferred_locale" VARCHAR(8) NOT NULL DEFAULT 'vi',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "deactivated_at" TIMESTAMPTZ(3),

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempt" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip_address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "category" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "category_translation" (
    "id" UUID NOT NULL,
    "category_id" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "category_translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tag" (
    "id" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "translation_group" (
    "id" UUID NOT NULL,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "translation_group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" UUID NOT NULL,
    "translation_group_id" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "status" "ArticleStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sapo" TEXT NOT NULL DEFAULT '',
    "body" JSONB NOT NULL,
    "category_id" UUID,
    "byline" TEXT NOT NULL DEFAULT '',
    "source_line" TEXT NOT NULL DEFAULT '',
    "cover_image_url" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_author" (
    "article_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_author_pkey" PRIMARY KEY ("article_id","user_id")
);

-- CreateTable
CREATE TABLE "article_tag" (
    "article_id" UUID NOT NULL,
    "tag_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_tag_pkey" PRIMARY KEY ("article_id","tag_id")
);

-- CreateTable
CREATE TABLE "article_transition" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "from_status" "ArticleStatus" NOT NULL,
    "to_status" "ArticleStatus" NOT NULL,
    "note" TEXT,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "published_article" (
    "article_id" UUID NOT NULL,
    "translation_group_id" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sapo" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "category_id" UUID,
    "byline" TEXT NOT NULL,
    "source_line" TEXT NOT NULL,
    "cover_image_url" TEXT,
    "author_names" TEXT[],
    "tag_names" TEXT[],
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "published_article_pkey" PRIMARY KEY ("article_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "sign_in_attempt_email_created_at_idx" ON "sign_in_attempt"("email", "created_at");

-- CreateIndex
CREATE INDEX "sign_in_attempt_ip_address_created_at_idx" ON "sign_in_attempt"("ip_address", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "category_key_key" ON "category"("key");

-- CreateIndex
CREATE UNIQUE INDEX "category_translation_category_id_locale_key" ON "category_translation"("category_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "category_translation_locale_slug_key" ON "category_translation"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "tag_locale_slug_key" ON "tag"("locale", "slug");

-- CreateIndex
CREATE INDEX "article_status_updated_at_id_idx" ON "article"("status", "updated_at" DESC, "id");

-- CreateIndex
CREATE INDEX "article_locale_status_updated_at_id_idx" ON "article"("locale", "status", "updated_at" DESC, "id");

-- CreateIndex
CREATE INDEX "article_created_by_id_updated_at_id_idx" ON "article"("created_by_id", "updated_at" DESC, "id");

-- CreateIndex
CREATE INDEX "article_category_id_updated_at_id_idx" ON "article"("category_id", "updated_at" DESC, "id");

-- CreateIndex
CREATE INDEX "article_updated_at_id_idx" ON "article"("updated_at" DESC, "id");

-- CreateIndex
CREATE INDEX "article_search_text_idx" ON "article" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "article_locale_slug_key" ON "article"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "article_translation_group_id_locale_key" ON "article"("translation_group_id", "locale");

-- CreateIndex
CREATE INDEX "article_author_user_id_idx" ON "article_author"("user_id");

-- CreateIndex
CREATE INDEX "article_tag_tag_id_idx" ON "article_tag"("tag_id");

-- CreateIndex
CREATE INDEX "article_transition_article_id_created_at_idx" ON "article_transition"("article_id", "created_at");

-- CreateIndex
CREATE INDEX "published_article_locale_published_at_idx" ON "published_article"("locale", "published_at" DESC);

-- CreateIndex
CREATE INDEX "published_article_locale_category_id_published_at_idx" ON "published_article"("locale", "category_id", "published_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "published_article_locale_slug_key" ON "published_article"("locale", "slug");

-- AddForeignKey
ALTER TABLE "category_translation" ADD CONSTRAINT "category_translation_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "translation_group" ADD CONSTRAINT "translation_group_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_translation_group_id_fkey" FOREIGN KEY ("translation_group_id") REFERENCES "translation_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_author" ADD CONSTRAINT "article_author_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_author" ADD CONSTRAINT "article_author_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_tag" ADD CONSTRAINT "article_tag_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_tag" ADD CONSTRAINT "article_tag_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_transition" ADD CONSTRAINT "article_transition_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_transition" ADD CONSTRAINT "article_transition_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "published_article" ADD CONSTRAINT "published_article_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "published_article" ADD CONSTRAINT "published_article_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "category"("id") ON DELETE SET NULL ON UPDATE CASCADE;
