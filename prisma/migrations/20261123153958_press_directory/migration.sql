-- CreateEnum
CREATE TYPE "OutletKind" AS ENUM ('NEWS_AGENCY', 'NEWSPAPER', 'TV', 'RADIO', 'ONLINE');

-- CreateEnum
CREATE TYPE "MissionKind" AS ENUM ('EMBASSY', 'CONSULATE', 'OTHER');

-- CreateEnum
CREATE TYPE "PressContactRole" AS ENUM ('REPORTER', 'PRESS_ATTACHE', 'PHOTOGRAPHER', 'CAMERA', 'FIXER', 'INTERPRETER', 'ESCORT_OFFICER');

-- CreateEnum
CREATE TYPE "AccreditationStatus" AS ENUM ('NONE', 'PENDING', 'ACCREDITED', 'EXPIRED');

-- CreateTable
CREATE TABLE "outlet" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OutletKind" NOT NULL,
    "country" CHAR(2) NOT NULL,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "website" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "foreign_mission" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MissionKind" NOT NULL,
    "country" CHAR(2) NOT NULL,
    "city" TEXT NOT NULL,
    "search_text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "foreign_mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "press_contact" (
    "id" UUID NOT NULL,
    "latin_name" TEXT NOT NULL,
    "native_name" TEXT NOT NULL DEFAULT '',
    "nationality" CHAR(2) NOT NULL,
    "role" "PressContactRole" NOT NULL,
    "outlet_id" UUID,
    "mission_id" UUID,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "email" TEXT,
    "phone" TEXT,
    "accreditation_status" "AccreditationStatus" NOT NULL DEFAULT 'NONE',
    "accreditation_expires_on" DATE,
    "needs" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "search_text" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "merged_into_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "press_contact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "outlet_country_name_idx" ON "outlet"("country", "name");

-- CreateIndex
CREATE INDEX "outlet_name_id_idx" ON "outlet"("name", "id");

-- CreateIndex
CREATE INDEX "outlet_search_text_idx" ON "outlet" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "foreign_mission_country_name_idx" ON "foreign_mission"("country", "name");

-- CreateIndex
CREATE INDEX "foreign_mission_name_id_idx" ON "foreign_mission"("name", "id");

-- CreateIndex
CREATE INDEX "foreign_mission_search_text_idx" ON "foreign_mission" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "press_contact_merged_into_id_latin_name_id_idx" ON "press_contact"("merged_into_id", "latin_name", "id");

-- CreateIndex
CREATE INDEX "press_contact_role_latin_name_id_idx" ON "press_contact"("role", "latin_name", "id");

-- CreateIndex
CREATE INDEX "press_contact_outlet_id_latin_name_id_idx" ON "press_contact"("outlet_id", "latin_name", "id");

-- CreateIndex
CREATE INDEX "press_contact_mission_id_latin_name_id_idx" ON "press_contact"("mission_id", "latin_name", "id");

-- CreateIndex
CREATE INDEX "press_contact_nationality_latin_name_id_idx" ON "press_contact"("nationality", "latin_name", "id");

-- CreateIndex
CREATE INDEX "press_contact_accreditation_status_latin_name_id_idx" ON "press_contact"("accreditation_status", "latin_name", "id");

-- CreateIndex
CREATE INDEX "press_contact_email_idx" ON "press_contact"("email");

-- CreateIndex
CREATE INDEX "press_contact_search_text_idx" ON "press_contact" USING GIN ("search_text" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "press_contact" ADD CONSTRAINT "press_contact_outlet_id_fkey" FOREIGN KEY ("outlet_id") REFERENCES "outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "press_contact" ADD CONSTRAINT "press_contact_mission_id_fkey" FOREIGN KEY ("mission_id") REFERENCES "foreign_mission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "press_contact" ADD CONSTRAINT "press_contact_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "press_contact" ADD CONSTRAINT "press_contact_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "press_contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;
