/** Rendering one long story on the server: the real RichText renderer, as the reader page runs it. */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { RichText, type StoryImage } from "@/components/articles/rich-text";
import { mediaReferences, plainText, type RichTextDoc, type RichTextNode } from "@/lib/articles/rich-text";
import { RENDITION_WIDTHS } from "@/lib/media/limits";
import { paragraphBank } from "./corpus";
import { seededRandom } from "./random";
import { summarize, type Timings } from "./stats";

export type RenderBenchResult = {
  words: number;
  figures: number;
  footnotes: number;
  htmlBytes: number;
  timings: Timings;
};

const WORDS = 5000;
const FIGURES = 20;
const FOOTNOTES = 30;

/** What listImagesForStory answers for a photo: AVIF, WebP and JPEG at every width. */
function storyImage(id: string, index: number): StoryImage {
  const folder = `/media/2026/11/${id}`;
  const widths = [...RENDITION_WIDTHS];
  return {
    id,
    width: 4000,
    height: 2667,
    altText: `Ảnh minh họa số ${index + 1}: đoàn đại biểu tại hội nghị`,
    caption: `Quang cảnh hội nghị, ảnh số ${index + 1}.`,
    credit: "Ảnh: Nguyễn Hồng",
    focalX: 0.5,
    focalY: 0.5,
    sources: Object.fromEntries(
      (["avif", "webp", "jpeg"] as const).map((format) => [format, widths.map((width) => ({ width, url: `${folder}/w${width}.${format === "jpeg" ? "jpg" : format}` }))]),
    ),
  };
}

/** Paragraphs from the bench's Vietnamese corpus up to 5,000 words, a figure every few, 30 footnotes spread over them. */
function longStory(): { doc: RichTextDoc; images: StoryImage[] } {
  const random = seededRandom(20261123);
  const bank = paragraphBank(random, 400).map(([vi]) => vi);
  const images = Array.from({ length: FIGURES }, (_, index) => storyImage(randomUUID(), index));
  const paragraphs: RichTextNode[] = [];
  let words = 0;
  for (let index = 0; words < WORDS; index++) {
    let block = structuredClone(bank[index % bank.length]);
    const counted = plainText(block).split(/\s+/).filter(Boolean).length;
    // The last paragraph is cut to land on exactly 5,000 words.
    if (words + counted > WORDS) block = { type: "paragraph", content: [{ type: "text", text: plainText(block).split(/\s+/).slice(0, WORDS - words).join(" ") }] };
    words += Math.min(counted, WORDS - words);
    paragraphs.push(block);
  }
  // Footnotes at the end of evenly spaced paragraphs (inside the quote's paragraph for quotes).
  for (let note = 0; note < FOOTNOTES; note++) {
    const target = paragraphs[Math.floor(((note + 0.5) * paragraphs.length) / FOOTNOTES)];
    const paragraph = target.type === "blockquote" ? target.content![0] : target;
    paragraph.content = [...(paragraph.content ?? []), { type: "footnote", attrs: { note: `Nguồn ${note + 1}: Báo cáo của Bộ Ngoại giao, tháng 9 năm 2023.` } }];
  }
  const content: RichTextNode[] = [];
  const every = Math.floor(paragraphs.length / FIGURES);
  paragraphs.forEach((paragraph, index) => {
    content.push(paragraph);
    const figure = Math.floor(index / every);
    if (index % every === every - 1 && figure < FIGURES) {
      content.push({ type: "figure", attrs: { mediaId: images[figure].id, ...(figure % 2 ? { caption: "Chú thích riêng của bài", credit: "Ảnh: TTXVN" } : {}) } });
    }
  });
  return { doc: { type: "doc", content }, images };
}

export function benchStoryRendering({ runs, log }: { runs: number; log: (line: string) => void }): RenderBenchResult {
  const { doc, images } = longStory();
  const render = () => renderToStaticMarkup(createElement(RichText, { doc, locale: "vi", images }));
  const html = render();
  const footnotes = (html.match(/role="doc-noteref"/g) ?? []).length;
  const figures = (html.match(/<figure class="story-figure">/g) ?? []).length;
  if (figures !== mediaReferences(doc).length || footnotes !== FOOTNOTES) throw new Error(`render bench: ${figures} figures and ${footnotes} footnotes rendered`);
  log(`Story rendering: ${WORDS.toLocaleString("en-US")} words, ${figures} figures, ${footnotes} footnotes, ${runs} runs …`);
  for (let warmup = 0; warmup < 5; warmup++) render();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    render();
    samples.push(performance.now() - started);
  }
  return { words: plainText(doc).split(/\s+/).filter(Boolean).length, figures, footnotes, htmlBytes: Buffer.byteLength(html), timings: summarize(samples) };
}
