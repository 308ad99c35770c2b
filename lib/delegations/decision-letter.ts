import PDFDocument from "pdfkit";
import { toBuffer as qrPng } from "qrcode";
import type { DelegationMemberRole } from "@/lib/generated/prisma/enums";
import { calendarDateToDb, todayInVietnam, type CalendarDate } from "@/lib/i18n/calendar-date";
import { intlLocale } from "@/lib/i18n/format";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { createTranslator, translateDynamic, type Translate } from "@/lib/i18n/translator";
import { provinceByCode, provinceName } from "@/lib/places/provinces";
import { regionName } from "@/lib/trips/report";
import { LetterPage } from "./letter-page";
import { registerLetterFonts } from "./letter-typesetting";
import { letterVerificationUrl } from "./letter-verification";

/**
 * Everything the decision letter states. Members appear by the name in their
 * passport, nationality and role only: the letter is handed to hosts and
 * border officers, so passport numbers and dates of birth stay off it.
 */
export type DecisionLetter = {
  reference: string;
  /** The applicant's language: that version comes first. */
  locale: Locale;
  outletName: string;
  outletCountry: string | null;
  arrivalOn: CalendarDate | null;
  departureOn: CalendarDate | null;
  purpose: string;
  topics: string[];
  provinceCodes: string[];
  /** The press office's note on the approval, if it wrote one. */
  note: string | null;
  issuedAt: Date;
  letterCode: string;
  members: { passportName: string; nationality: string; role: DelegationMemberRole }[];
};

export const PDF_CONTENT_TYPE = "application/pdf";

/** The applicant's language first, then the other: each version is complete, with its own QR code. */
export function letterLocales(primary: Locale): Locale[] {
  return [primary, ...LOCALES.filter((locale) => locale !== primary)];
}

export function decisionLetterFileName(letter: Pick<DecisionLetter, "reference" | "locale">): string {
  return createTranslator(letter.locale)("decisionLetter.pdf.fileName", { reference: letter.reference });
}

/** "ngày 5 tháng 12 năm 2026" is how Vietnamese official letters write a day (the month as a number); English writes "5 December 2026". */
function letterDay(t: Translate, locale: Locale, value: CalendarDate): string {
  const [year, month, day] = value.split("-").map(Number);
  const monthName = locale === "vi" ? month : new Intl.DateTimeFormat(intlLocale(locale), { month: "long", timeZone: "UTC" }).format(calendarDateToDb(value));
  return t("decisionLetter.pdf.day", { day, month: monthName, year });
}

function letterhead(page: LetterPage, t: Translate, letter: DecisionLetter, locale: Locale) {
  const leftWidth = page.width * 0.42;
  const rightX = page.left + leftWidth + 12;
  const rightWidth = page.width - leftWidth - 12;
  page.text(t("decisionLetter.pdf.version"), { size: 8, align: "right", color: "#6b7280" });
  page.gap(6);
  const top = page.y;
  page.text(`${t("decisionLetter.pdf.ministry")}\n${t("decisionLetter.pdf.service")}`, { x: page.left, width: leftWidth, align: "center", weight: "bold" });
  const leftEnd = page.y + 3;
  page.y = top;
  page.text(`${t("decisionLetter.pdf.nation")}\n${t("decisionLetter.pdf.motto")}`, { x: rightX, width: rightWidth, align: "center", weight: "bold" });
  const rightEnd = page.y + 3;
  page.rule({ x: page.left + leftWidth / 2 - 40, width: 80, y: leftEnd });
  page.rule({ x: rightX + rightWidth / 2 - 70, width: 140, y: rightEnd });
  page.y = Math.max(leftEnd, rightEnd);
  page.gap(8);
  page.cells([
    { text: t("decisionLetter.pdf.number", { reference: letter.reference }), x: page.left, width: leftWidth, align: "center" },
    { text: t("decisionLetter.pdf.placeAndDate", { date: letterDay(t, locale, todayInVietnam(letter.issuedAt)) }), x: rightX, width: rightWidth, align: "center" },
  ]);
  page.gap(22);
}

function heading(page: LetterPage, text: string) {
  page.gap(8);
  page.ensure(40);
  page.text(text, { weight: "bold", size: 10.5 });
  page.gap(3);
}

function membersTable(page: LetterPage, t: Translate, letter: DecisionLetter, locale: Locale) {
  const widths = [0.08, 0.46, 0.22, 0.24].map((share) => share * page.width);
  const xs = widths.map((_, index) => page.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  const cellsOf = (texts: string[], weight: "regular" | "bold") => texts.map((text, index) => ({ text, x: xs[index] + 3, width: widths[index] - 6, weight, size: 9.5 }));
  const header = cellsOf([t("decisionLetter.pdf.columnNumber"), t("decisionLetter.pdf.columnName"), t("decisionLetter.pdf.columnNationality"), t("decisionLetter.pdf.columnRole")], "bold");
  const row = (cells: ReturnType<typeof cellsOf>) => {
    page.cells(cells);
    page.gap(3);
    page.rule();
    page.gap(3);
  };
  const drawHeader = () => {
    page.rule();
    page.gap(3);
    row(header);
  };
  drawHeader();
  letter.members.forEach((member, index) => {
    const cells = cellsOf([String(index + 1), member.passportName, regionName(locale, member.nationality), translateDynamic(t, `delegations.memberRoles.${member.role}`)], "regular");
    // A long list goes on over the page under the column names again.
    if (!page.fits(page.heightOf(cells) + 6)) {
      page.newPage();
      drawHeader();
    }
    row(cells);
  });
}

function labelled(page: LetterPage, label: string, value: string) {
  const labelWidth = 78;
  page.cells([
    { text: label, x: page.left, width: labelWidth, weight: "bold" },
    { text: value, x: page.left + labelWidth, width: page.width - labelWidth },
  ]);
  page.gap(3);
}

async function verificationBlock(doc: PDFKit.PDFDocument, page: LetterPage, t: Translate, url: string) {
  const size = 86;
  page.gap(16);
  page.ensure(size);
  const top = page.y;
  doc.image(await qrPng(url, { type: "png", errorCorrectionLevel: "M", margin: 1, width: 344 }), page.left, top, { width: size, height: size });
  const textX = page.left + size + 12;
  const textWidth = page.width - size - 12;
  page.y = top + 18;
  page.text(t("decisionLetter.pdf.verify"), { x: textX, width: textWidth, size: 9 });
  const urlTop = page.y;
  page.text(url, { x: textX, width: textWidth, size: 8, color: "#1d4ed8" });
  doc.link(textX, urlTop, textWidth, page.y - urlTop, url);
  page.y = Math.max(page.y, top + size);
}

async function letterVersion(doc: PDFKit.PDFDocument, letter: DecisionLetter, locale: Locale) {
  const t = createTranslator(locale);
  const page = new LetterPage(doc);
  const country = letter.outletCountry ? regionName(locale, letter.outletCountry) : t("decisionLetter.pdf.none");
  const none = t("decisionLetter.pdf.none");
  letterhead(page, t, letter, locale);
  page.text(t("decisionLetter.pdf.title"), { weight: "bold", size: 14, align: "center" });
  page.gap(2);
  page.text(t("decisionLetter.pdf.subtitle", { outlet: letter.outletName, country }), { size: 11, align: "center" });
  page.gap(14);
  page.text(t("decisionLetter.pdf.opening", { reference: letter.reference, outlet: letter.outletName, country }), { size: 10.5 });

  heading(page, t("decisionLetter.pdf.periodHeading"));
  const day = (value: CalendarDate | null) => (value ? letterDay(t, locale, value) : none);
  page.text(t("decisionLetter.pdf.period", { arrival: day(letter.arrivalOn), departure: day(letter.departureOn) }), { size: 10.5 });

  heading(page, t("decisionLetter.pdf.membersHeading", { count: letter.members.length }));
  membersTable(page, t, letter, locale);

  heading(page, t("decisionLetter.pdf.scopeHeading"));
  const provinces = letter.provinceCodes.flatMap((code) => {
    const province = provinceByCode(code);
    if (!province) return [];
    const name = provinceName(province, locale);
    // Signs, offices and checkpoints use the Vietnamese name, so the other versions carry it too.
    return [name === province.name ? name : `${name} (${province.name})`];
  });
  labelled(page, t("decisionLetter.pdf.purpose"), letter.purpose.trim() || none);
  labelled(page, t("decisionLetter.pdf.topics"), letter.topics.join("; ") || none);
  labelled(page, t("decisionLetter.pdf.provinces"), provinces.join(", ") || none);

  if (letter.note?.trim()) {
    heading(page, t("decisionLetter.pdf.noteHeading"));
    page.text(letter.note.trim(), { size: 10.5 });
  }
  page.gap(10);
  page.text(t("decisionLetter.pdf.closing"), { size: 10.5 });

  page.gap(16);
  page.ensure(40);
  const signatureX = page.left + page.width * 0.5;
  page.text(t("decisionLetter.pdf.signature"), { x: signatureX, width: page.width * 0.5, align: "center", weight: "bold" });
  page.text(t("decisionLetter.pdf.issuedElectronically"), { x: signatureX, width: page.width * 0.5, align: "center", size: 8.5, color: "#4b5563" });

  await verificationBlock(doc, page, t, letterVerificationUrl(locale, letter.letterCode));
}

/** "DL-2026-00042 · Page 2 of 4" under every page, in the language of that page's version, so no page can pass for another letter's. */
function numberPages(doc: PDFKit.PDFDocument, reference: string, firstPages: { locale: Locale; first: number }[]) {
  const { count } = doc.bufferedPageRange();
  for (let index = 0; index < count; index += 1) {
    const { locale } = firstPages.findLast((version) => version.first <= index)!;
    doc.switchToPage(index);
    const label = createTranslator(locale)("decisionLetter.pdf.page", { page: index + 1, pages: count });
    new LetterPage(doc).footer(`${reference} · ${label}`);
  }
}

/** The decision letter as a PDF: the applicant's language, then the other language from a new page. */
export async function renderDecisionLetter(letter: DecisionLetter): Promise<Buffer> {
  const t = createTranslator(letter.locale);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 48, bottom: 48, left: 56, right: 56 },
    lang: letter.locale,
    displayTitle: true,
    // Pages are kept until the end so each can be numbered "of N" once N is known.
    bufferPages: true,
    info: {
      Title: t("decisionLetter.pdf.documentTitle", { reference: letter.reference }),
      Author: t("decisionLetter.pdf.service"),
      Subject: t("decisionLetter.pdf.title"),
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerLetterFonts(doc);
  const firstPages: { locale: Locale; first: number }[] = [];
  for (const [index, locale] of letterLocales(letter.locale).entries()) {
    if (index > 0) doc.addPage();
    firstPages.push({ locale, first: doc.bufferedPageRange().count - 1 });
    await letterVersion(doc, letter, locale);
  }
  numberPages(doc, letter.reference, firstPages);
  doc.end();
  return finished;
}
