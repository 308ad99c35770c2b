-- AlterTable
ALTER TABLE "article" ADD COLUMN     "canonical_url" TEXT,
ADD COLUMN     "meta_description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seo_title" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "social_image_url" TEXT;

-- AlterTable
ALTER TABLE "published_article" ADD COLUMN     "canonical_url" TEXT,
ADD COLUMN     "meta_description" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "seo_title" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "social_image_url" TEXT;
