import type { ArticleDiff, BlockChange, DiffSegment, FieldChange } from "@/lib/articles/revision-diff";
import type { Translate } from "@/lib/i18n/translator";
import { translateDynamic } from "@/lib/i18n/translator";

/**
 * A diff, read inline: deletions struck through (<del>), insertions underlined
 * (<ins>), each announced in words for screen readers — colour is never the only
 * signal. No hooks: rendered on the server by the revisions page and in the
 * browser by the editor's conflict view, with the caller's translator.
 */
export function RevisionDiffView({ diff, t, headingLevel = 2 }: { diff: ArticleDiff; t: Translate; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-6">
      <p className="text-xs text-slate-600">{t("revisions.diff.legend")}</p>
      <section aria-label={t("revisions.diff.metadata")} className="space-y-2">
        <Heading className="text-sm font-semibold text-slate-900">{t("revisions.diff.metadata")}</Heading>
        {diff.fields.length === 0 ? (
          <p className="text-sm text-slate-600">{t("revisions.diff.metadataUnchanged")}</p>
        ) : (
          <FieldTable fields={diff.fields} t={t} />
        )}
      </section>
      <section aria-label={t("revisions.diff.body")} className="space-y-2">
        <Heading className="text-sm font-semibold text-slate-900">{t("revisions.diff.body")}</Heading>
        {!diff.bodyChanged ? <p className="text-sm text-slate-600">{t("revisions.diff.bodyUnchanged")}</p> : <BodyDiff blocks={diff.body} t={t} />}
      </section>
    </div>
  );
}

function Segments({ segments, t }: { segments: DiffSegment[]; t: Translate }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.op === "insert" ? (
          <ins key={index} className="bg-green-100 text-green-950 underline decoration-green-700 decoration-2">
            <span className="sr-only">{t("revisions.diff.inserted")} </span>
            {segment.text}
            <span className="sr-only"> {t("revisions.diff.insertedEnd")}</span>
          </ins>
        ) : segment.op === "delete" ? (
          <del key={index} className="bg-red-100 text-red-950 line-through decoration-red-700 decoration-2">
            <span className="sr-only">{t("revisions.diff.deleted")} </span>
            {segment.text}
            <span className="sr-only"> {t("revisions.diff.deletedEnd")}</span>
          </del>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

function Value({ text, t }: { text: string; t: Translate }) {
  return text ? <span className="break-words whitespace-pre-wrap">{text}</span> : <span className="text-slate-500 italic">{t("revisions.diff.empty")}</span>;
}

function FieldTable({ fields, t }: { fields: FieldChange[]; t: Translate }) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("revisions.diff.field")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("revisions.diff.before")}
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              {t("revisions.diff.after")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {fields.map((change) => (
            <tr key={change.field}>
              <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap text-slate-800">
                {t(`revisions.diff.fields.${change.field}`)}
              </th>
              {change.type === "text" ? (
                <>
                  {/* Both sides in full: the deletions marked in the old value, the insertions in the new. */}
                  <td className="px-3 py-2 break-words whitespace-pre-wrap text-slate-800">
                    {change.before && change.after ? <Segments segments={change.segments.filter((s) => s.op !== "insert")} t={t} /> : <Value text={change.before} t={t} />}
                  </td>
                  <td className="px-3 py-2 break-words whitespace-pre-wrap text-slate-800">
                    {change.before && change.after ? <Segments segments={change.segments.filter((s) => s.op !== "delete")} t={t} /> : <Value text={change.after} t={t} />}
                  </td>
                </>
              ) : (
                <>
                  <td className="px-3 py-2 text-slate-800">
                    <Value text={change.before.join(", ")} t={t} />
                  </td>
                  <td className="px-3 py-2 text-slate-800">
                    <Value text={change.after.join(", ")} t={t} />
                    <ul className="mt-1 space-y-0.5 text-xs">
                      {change.added.length > 0 && <li className="text-green-900">{t("revisions.diff.added", { items: change.added.join(", ") })}</li>}
                      {change.removed.length > 0 && <li className="text-red-900">{t("revisions.diff.removed", { items: change.removed.join(", ") })}</li>}
                      {change.added.length === 0 && change.removed.length === 0 && <li className="text-slate-700">{t("revisions.diff.reordered")}</li>}
                    </ul>
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function kindLabel(t: Translate, kind: string): string {
  if (/^heading\d?$/.test(kind)) return t("revisions.diff.blockKind.heading");
  if (["paragraph", "listItem", "quote", "rule"].includes(kind)) return translateDynamic(t, `revisions.diff.blockKind.${kind}`);
  return t("revisions.diff.blockKind.other", { type: kind });
}

/** Runs of unchanged blocks longer than this fold away, leaving one block of context on each side. */
const CONTEXT = 1;

type Row = { type: "block"; block: BlockChange } | { type: "folded"; blocks: BlockChange[] };

function foldUnchanged(blocks: BlockChange[]): Row[] {
  const rows: Row[] = [];
  let index = 0;
  while (index < blocks.length) {
    if (blocks[index].op !== "equal") {
      rows.push({ type: "block", block: blocks[index++] });
      continue;
    }
    let end = index;
    while (end < blocks.length && blocks[end].op === "equal") end++;
    const run = blocks.slice(index, end);
    const keepBefore = index === 0 ? 0 : CONTEXT;
    const keepAfter = end === blocks.length ? 0 : CONTEXT;
    if (run.length > keepBefore + keepAfter + 1) {
      run.slice(0, keepBefore).forEach((block) => rows.push({ type: "block", block }));
      rows.push({ type: "folded", blocks: run.slice(keepBefore, run.length - keepAfter) });
      run.slice(run.length - keepAfter).forEach((block) => rows.push({ type: "block", block }));
    } else {
      run.forEach((block) => rows.push({ type: "block", block }));
    }
    index = end;
  }
  return rows;
}

function BlockRow({ block, t }: { block: BlockChange; t: Translate }) {
  if (block.op === "equal") {
    return (
      <div className="px-3 py-2 text-slate-700">
        <Value text={block.text} t={t} />
      </div>
    );
  }
  if (block.op === "change") {
    const kind = block.kind === block.kindBefore ? kindLabel(t, block.kind) : t("revisions.diff.kindChanged", { before: kindLabel(t, block.kindBefore), after: kindLabel(t, block.kind) });
    return (
      <div className="border-l-4 border-amber-500 bg-amber-50/40 px-3 py-2">
        <p className="mb-1 text-xs font-medium text-amber-900">
          {t("revisions.diff.blockChanged")} · {kind}
        </p>
        <p className="break-words whitespace-pre-wrap text-slate-900">
          <Segments segments={block.segments} t={t} />
        </p>
      </div>
    );
  }
  const inserted = block.op === "insert";
  const Tag = inserted ? "ins" : "del";
  return (
    <div className={inserted ? "border-l-4 border-green-600 bg-green-50 px-3 py-2" : "border-l-4 border-red-600 bg-red-50 px-3 py-2"}>
      <p className={inserted ? "mb-1 text-xs font-medium text-green-900" : "mb-1 text-xs font-medium text-red-900"}>
        {t(inserted ? "revisions.diff.blockInserted" : "revisions.diff.blockDeleted")} · {kindLabel(t, block.kind)}
      </p>
      <Tag className={inserted ? "break-words whitespace-pre-wrap text-green-950 underline decoration-green-700" : "break-words whitespace-pre-wrap text-red-950 line-through decoration-red-700"}>
        <span className="sr-only">{t(inserted ? "revisions.diff.inserted" : "revisions.diff.deleted")} </span>
        {block.text || t("revisions.diff.empty")}
      </Tag>
    </div>
  );
}

function BodyDiff({ blocks, t }: { blocks: BlockChange[]; t: Translate }) {
  return (
    <ol className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white text-sm leading-relaxed">
      {foldUnchanged(blocks).map((row, index) =>
        row.type === "block" ? (
          <li key={index}>
            <BlockRow block={row.block} t={t} />
          </li>
        ) : (
          <li key={index}>
            <details className="px-3 py-2 text-slate-600">
              <summary className="cursor-pointer text-xs font-medium">{t("revisions.diff.unchanged", { count: row.blocks.length })}</summary>
              <div className="mt-2 space-y-2">
                {row.blocks.map((block, inner) => (
                  <BlockRow key={inner} block={block} t={t} />
                ))}
              </div>
            </details>
          </li>
        ),
      )}
    </ol>
  );
}
