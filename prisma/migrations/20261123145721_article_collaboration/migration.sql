-- CreateTable
CREATE TABLE "article_assignment" (
    "article_id" UUID NOT NULL,
    "writer_id" UUID,
    "editor_id" UUID,
    "due_date" DATE,
    "assigned_by_id" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_assignment_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "article_comment" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "parent_id" UUID,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "resolved_at" TIMESTAMPTZ(3),
    "resolved_by_id" UUID,
    "edited_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_edit_session" (
    "article_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_edit_session_pkey" PRIMARY KEY ("article_id","user_id")
);

-- CreateIndex
CREATE INDEX "article_assignment_writer_id_due_date_idx" ON "article_assignment"("writer_id", "due_date");

-- CreateIndex
CREATE INDEX "article_assignment_editor_id_due_date_idx" ON "article_assignment"("editor_id", "due_date");

-- CreateIndex
CREATE INDEX "article_comment_article_id_created_at_idx" ON "article_comment"("article_id", "created_at");

-- CreateIndex
CREATE INDEX "article_comment_parent_id_created_at_idx" ON "article_comment"("parent_id", "created_at");

-- CreateIndex
CREATE INDEX "article_edit_session_user_id_idx" ON "article_edit_session"("user_id");

-- AddForeignKey
ALTER TABLE "article_assignment" ADD CONSTRAINT "article_assignment_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_assignment" ADD CONSTRAINT "article_assignment_writer_id_fkey" FOREIGN KEY ("writer_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_assignment" ADD CONSTRAINT "article_assignment_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_assignment" ADD CONSTRAINT "article_assignment_assigned_by_id_fkey" FOREIGN KEY ("assigned_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_comment" ADD CONSTRAINT "article_comment_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_comment" ADD CONSTRAINT "article_comment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "article_comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_comment" ADD CONSTRAINT "article_comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_comment" ADD CONSTRAINT "article_comment_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_edit_session" ADD CONSTRAINT "article_edit_session_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_edit_session" ADD CONSTRAINT "article_edit_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
