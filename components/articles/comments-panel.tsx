"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/action";
import { addCommentAction, deleteCommentAction, editCommentAction, resolveCommentAction } from "@/lib/collaboration/actions";
import type { ArticleCommentData, CommentThreadData } from "@/lib/collaboration/comments";
import { formatDateTime } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/translator";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

/** Same limit as the server's schema; the server decides, this only helps typing. */
const COMMENT_MAX_LENGTH = 4000;

type Feedback = { tone: "success" | "error"; message: string } | null;
type Run = (call: () => Promise<ActionState>, done: MessageKey) => Promise<boolean>;

/**
 * Editorial comments in threads one level deep. It sits inside the article
 * editor's form, so it has no forms of its own: every button is a plain button.
 * Comment text is shown as text (React escapes it), with its line breaks.
 */
export function CommentsPanel({ articleId, threads }: { articleId: string; threads: CommentThreadData[] }) {
  const t = useT();
  const router = useRouter();
  const [body, setBody] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();
  const open = threads.filter((thread) => !thread.resolvedAt).length;

  /** Runs an action; on success announces `done` and reloads the thread from the server. */
  const run: Run = (call, done) =>
    new Promise((resolve) => {
      startTransition(async () => {
        const state = await call();
        if (state.status === "ok") {
          setFeedback({ tone: "success", message: t(done) });
          router.refresh();
          resolve(true);
        } else {
          if (state.status === "error") setFeedback({ tone: "error", message: [state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" ") });
          resolve(false);
        }
      });
    });

  async function add() {
    if (await run(() => addCommentAction({ articleId, body }), "collaboration.comments.added")) setBody("");
  }

  return (
    <section aria-labelledby="comments-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="comments-heading" className="text-sm font-semibold text-slate-900">
          {t("collaboration.comments.title")}
        </h2>
        {open > 0 && <Badge tone="amber">{t("collaboration.comments.openCount", { count: open })}</Badge>}
      </div>
      <p className="text-xs text-slate-600">{t("collaboration.comments.visibility")}</p>

      {/* A log: comments that arrive with a refresh are announced politely. */}
      <div role="log" aria-live="polite" aria-relevant="additions" aria-labelledby="comments-heading">
        {threads.length === 0 ? (
          <p className="text-sm text-slate-600">{t("collaboration.comments.empty")}</p>
        ) : (
          <ol className="space-y-3">
            {threads.map((thread) => (
              <Thread key={thread.id} articleId={articleId} thread={thread} run={run} pending={pending} />
            ))}
          </ol>
        )}
      </div>

      <CommentBox label={t("collaboration.comments.newLabel")} name={`comment-new-${articleId}`} value={body} onChange={setBody} />
      <Button size="sm" variant="secondary" busy={pending} disabled={!body.trim()} onClick={add}>
        {t("collaboration.comments.add")}
      </Button>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
    </section>
  );
}

function CommentBox({ label, name, value, onChange }: { label: string; name: string; value: string; onChange: (value: string) => void }) {
  const t = useT();
  return (
    <TextAreaField
      name={name}
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      rows={3}
      maxLength={COMMENT_MAX_LENGTH}
      hint={value.length > COMMENT_MAX_LENGTH * 0.9 ? t("collaboration.comments.length", { count: value.length, max: COMMENT_MAX_LENGTH }) : undefined}
    />
  );
}

function Thread({ articleId, thread, run, pending }: { articleId: string; thread: CommentThreadData; run: Run; pending: boolean }) {
  const t = useT();
  const locale = useLocale();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState("");
  const resolved = Boolean(thread.resolvedAt);

  async function sendReply() {
    if (await run(() => addCommentAction({ articleId, parentId: thread.id, body: reply }), "collaboration.comments.added")) {
      setReply("");
      setReplying(false);
    }
  }

  return (
    <li className={resolved ? "rounded-md border border-slate-200 bg-slate-50 p-2.5" : "rounded-md border border-amber-200 bg-amber-50/40 p-2.5"}>
      <article aria-label={thread.isDeleted ? t("collaboration.comments.deleted") : thread.authorName}>
        <Comment comment={thread} run={run} pending={pending} />
        {resolved && thread.resolvedAt && (
          <p className="mt-1 text-xs text-green-800">
            {t("collaboration.comments.resolvedBy", { name: thread.resolvedByName ?? "", time: formatDateTime(locale, thread.resolvedAt) })}
          </p>
        )}
        {thread.replies.length > 0 && (
          <ol className="mt-2 space-y-2 border-l-2 border-slate-200 pl-3">
            {thread.replies.map((item) => (
              <li key={item.id}>
                <Comment comment={item} run={run} pending={pending} />
              </li>
            ))}
          </ol>
        )}
        {replying && (
          <div className="mt-2 space-y-2">
            <CommentBox label={t("collaboration.comments.replyLabel", { name: thread.authorName })} name={`comment-reply-${thread.id}`} value={reply} onChange={setReply} />
            <div className="flex gap-2">
              <Button size="sm" variant="primary" busy={pending} disabled={!reply.trim()} onClick={sendReply}>
                {t("collaboration.comments.send")}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setReplying(false)}>
                {t("collaboration.comments.cancel")}
              </Button>
            </div>
          </div>
        )}
        <div className="mt-2 flex flex-wrap gap-1.5">
          {!replying && (
            <Button size="sm" variant="ghost" onClick={() => setReplying(true)}>
              {t("collaboration.comments.reply")}
            </Button>
          )}
          <Button
            size="sm"
            variant="ghost"
            busy={pending}
            onClick={() =>
              run(
                () => resolveCommentAction({ commentId: thread.id, version: thread.version, resolved: !resolved }),
                resolved ? "collaboration.comments.reopenedNotice" : "collaboration.comments.resolvedNotice",
              )
            }
          >
            {resolved ? t("collaboration.comments.reopen") : t("collaboration.comments.resolve")}
          </Button>
        </div>
      </article>
    </li>
  );
}

function Comment({ comment, run, pending }: { comment: ArticleCommentData; run: Run; pending: boolean }) {
  const t = useT();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.body ?? "");

  async function saveEdit() {
    if (await run(() => editCommentAction({ commentId: comment.id, version: comment.version, body: text }), "collaboration.comments.updated")) setEditing(false);
  }

  function remove() {
    if (!window.confirm(t("collaboration.comments.confirmDelete"))) return;
    void run(() => deleteCommentAction({ commentId: comment.id, version: comment.version }), "collaboration.comments.removed");
  }

  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600">
        <span className="font-semibold text-slate-900">{comment.authorName}</span>
        <time dateTime={comment.createdAt}>{formatDateTime(locale, comment.createdAt)}</time>
        {comment.editedAt && !comment.isDeleted && <span>({t("collaboration.comments.edited")})</span>}
      </p>
      {comment.isDeleted ? (
        <p className="text-sm text-slate-500 italic">{t("collaboration.comments.deleted")}</p>
      ) : editing ? (
        <div className="space-y-2">
          <CommentBox label={t("collaboration.comments.editLabel")} name={`comment-edit-${comment.id}`} value={text} onChange={setText} />
          <div className="flex gap-2">
            <Button size="sm" variant="primary" busy={pending} disabled={!text.trim()} onClick={saveEdit}>
              {t("collaboration.comments.saveEdit")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              {t("collaboration.comments.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <p className="text-sm break-words whitespace-pre-wrap text-slate-900">{comment.body}</p>
      )}
      {comment.isOwn && !editing && (
        <div className="flex gap-1.5">
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              setText(comment.body ?? "");
              setEditing(true);
            }}
          >
            {t("collaboration.comments.edit")}
          </Button>
          <Button size="sm" variant="ghost" busy={pending} onClick={remove}>
            {t("collaboration.comments.delete")}
          </Button>
        </div>
      )}
    </div>
  );
}
