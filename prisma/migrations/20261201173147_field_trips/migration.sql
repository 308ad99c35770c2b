-- CreateEnum
CREATE TYPE "TripStatus" AS ENUM ('IDEA', 'PLANNED', 'APPROVED', 'INVITATIONS_SENT', 'CONFIRMED', 'ONGOING', 'COMPLETED', 'REPORTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BudgetCategory" AS ENUM ('TRANSPORT', 'ACCOMMODATION', 'MEALS', 'INTERPRETERS', 'OTHER');

-- CreateEnum
CREATE TYPE "TripParticipantStatus" AS ENUM ('INVITED', 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'ATTENDED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "CoverageTone" AS ENUM ('POSITIVE', 'NEUTRAL', 'NEGATIVE');

-- CreateEnum
CREATE TYPE "TripActivityKind" AS ENUM ('CREATED', 'UPDATED', 'STATUS_CHANGED', 'ITINERARY_SAVED', 'PARTICIPANT_INVITED', 'PARTICIPANT_UPDATED', 'PARTICIPANT_REMOVED', 'PARTICIPANT_PROMOTED', 'COVERAGE_ADDED', 'COVERAGE_UPDATED', 'COVERAGE_REMOVED', 'ARTICLE_LINKED', 'ARTICLE_UNLINKED', 'REPORT_DRAFTED', 'PUBLIC_PAGE_UPDATED');

-- CreateTable
CREATE TABLE "trip" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "province_codes" TEXT[],
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "goals" TEXT NOT NULL DEFAULT '',
    "partner_authority" TEXT NOT NULL DEFAULT '',
    "organiser_id" UUID NOT NULL,
    "capacity" INTEGER NOT NULL,
    "status" "TripStatus" NOT NULL DEFAULT 'IDEA',
    "cancel_reason" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "itinerary_version" INTEGER NOT NULL DEFAULT 1,
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "public_version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trip_escort" (
    "trip_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trip_escort_pkey" PRIMARY KEY ("trip_id","contact_id")
);

-- CreateTable
CREATE TABLE "trip_budget_line" (
    "id" UUID NOT NULL,
    "trip_id" UUID NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unit_cost" DECIMAL(14,2) NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'VND',
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trip_budget_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trip_activity" (
    "id" UUID NOT NULL,
    "trip_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "kind" "TripActivityKind" NOT NULL,
    "from_status" "TripStatus",
    "to_status" "TripStatus",
    "note" TEXT,
    "detail" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trip_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "itinerary_item" (
    "id" UUID NOT NULL,
    "trip_id" UUID,
    "day" DATE NOT NULL,
    "start_minute" INTEGER NOT NULL,
    "end_minute" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "place" TEXT NOT NULL DEFAULT '',
    "activity" TEXT NOT NULL,
    "host" TEXT NOT NULL DEFAULT '',
    "transport" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "for_subset" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "itinerary_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "itinerary_attendee" (
    "item_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "itinerary_attendee_pkey" PRIMARY KEY ("item_id","contact_id")
);

-- CreateTable
CREATE TABLE "trip_participant" (
    "id" UUID NOT NULL,
    "trip_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "status" "TripParticipantStatus" NOT NULL DEFAULT 'INVITED',
    "seat_requested_at" TIMESTAMPTZ(6),
    "responded_at" TIMESTAMPTZ(3),
    "rooming" TEXT NOT NULL DEFAULT '',
    "transport" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "invited_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trip_participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trip_coverage" (
    "id" UUID NOT NULL,
    "trip_id" UUID NOT NULL,
    "outlet_id" UUID,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "language" VARCHAR(3) NOT NULL,
    "published_on" DATE NOT NULL,
    "reach" INTEGER,
    "tone" "CoverageTone" NOT NULL DEFAULT 'NEUTRAL',
    "created_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trip_coverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trip_article" (
    "trip_id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "linked_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trip_article_pkey" PRIMARY KEY ("trip_id","article_id")
);

-- CreateTable
CREATE TABLE "trip_public_text" (
    "trip_id" UUID NOT NULL,
    "locale" VARCHAR(8) NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trip_public_text_pkey" PRIMARY KEY ("trip_id","locale")
);

-- CreateTable
CREATE TABLE "calendar_feed" (
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "calendar_feed_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "trip_starts_on_id_idx" ON "trip"("starts_on", "id");

-- CreateIndex
CREATE INDEX "trip_status_starts_on_id_idx" ON "trip"("status", "starts_on", "id");

-- CreateIndex
CREATE INDEX "trip_ends_on_starts_on_idx" ON "trip"("ends_on", "starts_on");

-- CreateIndex
CREATE INDEX "trip_organiser_id_starts_on_idx" ON "trip"("organiser_id", "starts_on");

-- CreateIndex
CREATE INDEX "trip_province_codes_idx" ON "trip" USING GIN ("province_codes");

-- CreateIndex
CREATE INDEX "trip_search_text_idx" ON "trip" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "trip_escort_contact_id_idx" ON "trip_escort"("contact_id");

-- CreateIndex
CREATE INDEX "trip_budget_line_trip_id_position_idx" ON "trip_budget_line"("trip_id", "position");

-- CreateIndex
CREATE INDEX "trip_activity_trip_id_created_at_idx" ON "trip_activity"("trip_id", "created_at");

-- CreateIndex
CREATE INDEX "itinerary_item_trip_id_day_position_idx" ON "itinerary_item"("trip_id", "day", "position");

-- CreateIndex
CREATE INDEX "itinerary_attendee_contact_id_idx" ON "itinerary_attendee"("contact_id");

-- CreateIndex
CREATE INDEX "trip_participant_trip_id_status_seat_requested_at_idx" ON "trip_participant"("trip_id", "status", "seat_requested_at");

-- CreateIndex
CREATE INDEX "trip_participant_contact_id_status_idx" ON "trip_participant"("contact_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "trip_participant_trip_id_contact_id_key" ON "trip_participant"("trip_id", "contact_id");

-- CreateIndex
CREATE INDEX "trip_coverage_trip_id_published_on_idx" ON "trip_coverage"("trip_id", "published_on");

-- CreateIndex
CREATE INDEX "trip_coverage_outlet_id_idx" ON "trip_coverage"("outlet_id");

-- CreateIndex
CREATE UNIQUE INDEX "trip_coverage_trip_id_url_key" ON "trip_coverage"("trip_id", "url");

-- CreateIndex
CREATE INDEX "trip_article_article_id_idx" ON "trip_article"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "trip_public_text_locale_slug_key" ON "trip_public_text"("locale", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feed_token_hash_key" ON "calendar_feed"("token_hash");

-- AddForeignKey
ALTER TABLE "trip" ADD CONSTRAINT "trip_organiser_id_fkey" FOREIGN KEY ("organiser_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip" ADD CONSTRAINT "trip_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_escort" ADD CONSTRAINT "trip_escort_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_escort" ADD CONSTRAINT "trip_escort_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "press_contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_budget_line" ADD CONSTRAINT "trip_budget_line_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_activity" ADD CONSTRAINT "trip_activity_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_activity" ADD CONSTRAINT "trip_activity_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "itinerary_item" ADD CONSTRAINT "itinerary_item_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "itinerary_attendee" ADD CONSTRAINT "itinerary_attendee_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "itinerary_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "itinerary_attendee" ADD CONSTRAINT "itinerary_attendee_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "press_contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_participant" ADD CONSTRAINT "trip_participant_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_participant" ADD CONSTRAINT "trip_participant_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "press_contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_participant" ADD CONSTRAINT "trip_participant_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_coverage" ADD CONSTRAINT "trip_coverage_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_coverage" ADD CONSTRAINT "trip_coverage_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_coverage" ADD CONSTRAINT "trip_coverage_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_article" ADD CONSTRAINT "trip_article_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_article" ADD CONSTRAINT "trip_article_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_article" ADD CONSTRAINT "trip_article_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trip_public_text" ADD CONSTRAINT "trip_public_text_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "trip"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Facts the database keeps whatever the code does.
ALTER TABLE "trip" ADD CONSTRAINT "trip_dates_in_order" CHECK ("ends_on" >= "starts_on");
ALTER TABLE "trip" ADD CONSTRAINT "trip_capacity_positive" CHECK ("capacity" >= 1);
ALTER TABLE "trip" ADD CONSTRAINT "trip_has_province" CHECK (cardinality("province_codes") >= 1);
ALTER TABLE "trip_budget_line" ADD CONSTRAINT "trip_budget_line_amounts" CHECK ("quantity" >= 0 AND "unit_cost" >= 0);
ALTER TABLE "itinerary_item" ADD CONSTRAINT "itinerary_item_one_owner" CHECK (num_nonnulls("trip_id") = 1);
ALTER TABLE "itinerary_item" ADD CONSTRAINT "itinerary_item_minutes" CHECK (
  "start_minute" BETWEEN 0 AND 1439 AND ("end_minute" IS NULL OR ("end_minute" > "start_minute" AND "end_minute" <= 1440))
);
ALTER TABLE "trip_coverage" ADD CONSTRAINT "trip_coverage_reach" CHECK ("reach" IS NULL OR "reach" >= 0);
