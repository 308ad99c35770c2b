/**
 * What a PDF shows, read back with pdfjs (Node's legacy build), for tests of
 * generated documents: each page's text in reading order, how many images it
 * paints, and where its links go.
 */
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfPage = { text: string; imageCount: number; links: string[] };

export async function readPdf(bytes: Buffer): Promise<PdfPage[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    // Runs of one line follow each other without a separator; pdfjs marks where a line ends.
    const text = content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join("");
    const operators = await page.getOperatorList();
    const imageCount = operators.fnArray.filter((op) => op === OPS.paintImageXObject).length;
    const links = (await page.getAnnotations()).flatMap((annotation: { subtype?: string; url?: string }) =>
      annotation.subtype === "Link" && annotation.url ? [annotation.url] : [],
    );
    pages.push({ text, imageCount, links });
  }
  await pdf.destroy();
  return pages;
}
