-- CreateEnum
CREATE TYPE "DelegationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'INFO_REQUESTED', 'APPROVED', 'REJECTED', 'ARRIVED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DelegationMemberRole" AS ENUM ('REPORTER', 'CAMERA', 'PRODUCER', 'PHOTOGRAPHER', 'TECHNICIAN', 'FIXER', 'OTHER');

-- CreateEnum
CREATE TYPE "DelegationDocumentKind" AS ENUM ('ASSIGNMENT_LETTER', 'PASSPORT_SCAN', 'OTHER');

-- CreateEnum
CREATE TYPE "PersonalDataField" AS ENUM ('PASSPORT_NUMBER', 'DATE_OF_BIRTH', 'PASSPORT_SCAN');

-- CreateEnum
CREATE TYPE "PublicRequestKind" AS ENUM ('APPLICATION_START', 'APPLICATION_SAVE', 'STATUS_LOOKUP', 'RESUME_LINK');

-- AlterTable
ALTER TABLE "itinerary_item" ADD COLUMN     "delegation_id" UUID;

-- CreateTable
CREATE TABLE "itinerary_member_attendee" (
    "item_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "itinerary_member_attendee_pkey" PRIMARY KEY ("item_id","member_id")
);

-- CreateTable
CREATE TABLE "delegation" (
    "id" UUID NOT NULL,
    "reference" TEXT,
    "status" "DelegationStatus" NOT NULL DEFAULT 'DRAFT',
    "locale" VARCHAR(8) NOT NULL DEFAULT 'en',
    "outlet_name" TEXT NOT NULL DEFAULT '',
    "outlet_kind" "OutletKind",
    "outlet_country" CHAR(2),
    "outlet_website" TEXT,
    "outlet_id" UUID,
    "contact_name" TEXT NOT NULL DEFAULT '',
    "contact_email" TEXT NOT NULL DEFAULT '',
    "contact_phone" TEXT NOT NULL DEFAULT '',
    "arrival_on" DATE,
    "departure_on" DATE,
    "purpose" TEXT NOT NULL DEFAULT '',
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "province_codes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "places_detail" TEXT NOT NULL DEFAULT '',
    "interview_requests" TEXT NOT NULL DEFAULT '',
    "equipment" TEXT NOT NULL DEFAULT '',
    "resume_token_hash" TEXT,
    "resume_token_expires_at" TIMESTAMPTZ(3),
    "form_step" INTEGER NOT NULL DEFAULT 1,
    "submitted_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "letter_code" TEXT,
    "purged_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "itinerary_version" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delegation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegation_member" (
    "id" UUID NOT NULL,
    "delegation_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "passport_name" TEXT NOT NULL,
    "nationality" CHAR(2) NOT NULL,
    "role" "DelegationMemberRole" NOT NULL,
    "date_of_birth_enc" TEXT,
    "passport_number_enc" TEXT,
    "passport_number_last4" VARCHAR(4) NOT NULL DEFAULT '',
    "passport_number_hash" TEXT,
    "identity_hash" TEXT,
    "passport_expires_on" DATE,
    "contact_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delegation_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegation_document" (
    "id" UUID NOT NULL,
    "delegation_id" UUID NOT NULL,
    "member_id" UUID,
    "kind" "DelegationDocumentKind" NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "byte_size" INTEGER NOT NULL,
    "storage_key" TEXT NOT NULL,
    "is_encrypted" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delegation_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegation_transition" (
    "id" UUID NOT NULL,
    "delegation_id" UUID NOT NULL,
    "from_status" "DelegationStatus" NOT NULL,
    "to_status" "DelegationStatus" NOT NULL,
    "note" TEXT,
    "actor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delegation_transition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegation_escort" (
    "delegation_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delegation_escort_pkey" PRIMARY KEY ("delegation_id","contact_id")
);

-- CreateTable
CREATE TABLE "personal_data_access" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "delegation_id" UUID NOT NULL,
    "member_id" UUID,
    "field" "PersonalDataField" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "personal_data_access_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbound_email" (
    "id" UUID NOT NULL,
    "delegation_id" UUID,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text_body" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sent_at" TIMESTAMPTZ(3),
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbound_email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_request_attempt" (
    "id" BIGSERIAL NOT NULL,
    "kind" "PublicRequestKind" NOT NULL,
    "client_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_request_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegation_reference_counter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delegation_reference_counter_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "itinerary_member_attendee_member_id_idx" ON "itinerary_member_attendee"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "delegation_reference_key" ON "delegation"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "delegation_resume_token_hash_key" ON "delegation"("resume_token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "delegation_letter_code_key" ON "delegation"("letter_code");

-- CreateIndex
CREATE INDEX "delegation_status_submitted_at_id_idx" ON "delegation"("status", "submitted_at" DESC, "id");

-- CreateIndex
CREATE INDEX "delegation_submitted_at_id_idx" ON "delegation"("submitted_at" DESC, "id");

-- CreateIndex
CREATE INDEX "delegation_arrival_on_departure_on_idx" ON "delegation"("arrival_on", "departure_on");

-- CreateIndex
CREATE INDEX "delegation_outlet_country_submitted_at_idx" ON "delegation"("outlet_country", "submitted_at");

-- CreateIndex
CREATE INDEX "delegation_ended_at_idx" ON "delegation"("ended_at");

-- CreateIndex
CREATE INDEX "delegation_member_delegation_id_position_idx" ON "delegation_member"("delegation_id", "position");

-- CreateIndex
CREATE INDEX "delegation_member_passport_number_hash_idx" ON "delegation_member"("passport_number_hash");

-- CreateIndex
CREATE INDEX "delegation_member_identity_hash_idx" ON "delegation_member"("identity_hash");

-- CreateIndex
CREATE INDEX "delegation_member_contact_id_idx" ON "delegation_member"("contact_id");

-- CreateIndex
CREATE UNIQUE INDEX "delegation_document_storage_key_key" ON "delegation_document"("storage_key");

-- CreateIndex
CREATE INDEX "delegation_document_delegation_id_idx" ON "delegation_document"("delegation_id");

-- CreateIndex
CREATE INDEX "delegation_transition_delegation_id_created_at_idx" ON "delegation_transition"("delegation_id", "created_at");

-- CreateIndex
CREATE INDEX "delegation_transition_to_status_created_at_idx" ON "delegation_transition"("to_status", "created_at");

-- CreateIndex
CREATE INDEX "delegation_escort_contact_id_idx" ON "delegation_escort"("contact_id");

-- CreateIndex
CREATE INDEX "personal_data_access_delegation_id_created_at_idx" ON "personal_data_access"("delegation_id", "created_at");

-- CreateIndex
CREATE INDEX "personal_data_access_actor_id_created_at_idx" ON "personal_data_access"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "outbound_email_created_at_idx" ON "outbound_email"("created_at" DESC);

-- CreateIndex
CREATE INDEX "outbound_email_delegation_id_created_at_idx" ON "outbound_email"("delegation_id", "created_at");

-- CreateIndex
CREATE INDEX "public_request_attempt_kind_client_hash_created_at_idx" ON "public_request_attempt"("kind", "client_hash", "created_at");

-- CreateIndex
CREATE INDEX "itinerary_item_delegation_id_day_position_idx" ON "itinerary_item"("delegation_id", "day", "position");

-- AddForeignKey
ALTER TABLE "itinerary_item" ADD CONSTRAINT "itinerary_item_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "itinerary_member_attendee" ADD CONSTRAINT "itinerary_member_attendee_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "itinerary_item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "itinerary_member_attendee" ADD CONSTRAINT "itinerary_member_attendee_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "delegation_member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_member" ADD CONSTRAINT "delegation_member_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_member" ADD CONSTRAINT "delegation_member_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "press_contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_document" ADD CONSTRAINT "delegation_document_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_document" ADD CONSTRAINT "delegation_document_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "delegation_member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_transition" ADD CONSTRAINT "delegation_transition_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_transition" ADD CONSTRAINT "delegation_transition_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_escort" ADD CONSTRAINT "delegation_escort_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delegation_escort" ADD CONSTRAINT "delegation_escort_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "press_contact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "personal_data_access" ADD CONSTRAINT "personal_data_access_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "delegation_member"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbound_email" ADD CONSTRAINT "outbound_email_delegation_id_fkey" FOREIGN KEY ("delegation_id") REFERENCES "delegation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A program item belongs to exactly one trip or one delegation.
ALTER TABLE "itinerary_item" DROP CONSTRAINT "itinerary_item_one_owner";
ALTER TABLE "itinerary_item" ADD CONSTRAINT "itinerary_item_one_owner" CHECK (num_nonnulls("trip_id", "delegation_id") = 1);
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_dates_in_order" CHECK ("arrival_on" IS NULL OR "departure_on" IS NULL OR "departure_on" >= "arrival_on");
-- A reference number exists exactly when the application left the draft state.
ALTER TABLE "delegation" ADD CONSTRAINT "delegation_reference_once_submitted" CHECK (("status" = 'DRAFT') = ("reference" IS NULL));
