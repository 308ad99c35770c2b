/**
 * A 10,000-person CSV through the real import (importContacts, "all" mode)
 * into the bench directory, on top of its 50,000 people: wall time per phase
 * and peak memory above the level before the run. The people go to outlets
 * of their own, so no row is a duplicate of the seed, and are deleted
 * afterwards with those outlets: the directory's figures stay those of the seed.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { csvLine } from "@/lib/export/csv";
import { columnLabel, CONTACT_CSV_COLUMNS } from "@/lib/contacts/csv-columns";
import { importContacts, type ImportProgress } from "@/lib/contacts/csv-import";
import { searchKey } from "@/lib/text/slug";
import { pick, randomInt, seededRandom } from "./random";

export type CsvImportBenchResult = {
  rows: number;
  fileBytes: number;
  imported: number;
  errors: number;
  wallMs: number;
  phasesMs: { parsing: number; validating: number; writing: number };
  rowsPerSecond: number;
  peakRssMb: number;
  peakRssAboveBaselineMb: number;
  peakHeapAboveBaselineMb: number;
};

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Xuân", "Hoài", "Kim"];
const GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Trung", "Tuấn", "Việt", "Yến"];
const ROLES = ["Reporter", "Phóng viên", "PHOTOGRAPHER", "Quay phim", "Interpreter"];
const OUTLETS = 5;
const OUTLET_PREFIX = "Bench Import Wire";
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Names unique per outlet (16 × 12 × 27 combinations, five outlets), so the file has no duplicates of its own. */
function importFile(rows: number): Uint8Array {
  const random = seededRandom(7);
  const lines = [csvLine(CONTACT_CSV_COLUMNS.map((column) => columnLabel("en", column.key)))];
  for (let index = 0; index < rows; index += 1) {
    const combination = Math.floor(index / OUTLETS);
    const name = `${SURNAMES[combination % SURNAMES.length]} ${MIDDLE[Math.floor(combination / SURNAMES.length) % MIDDLE.length]} ${GIVEN[Math.floor(combination / (SURNAMES.length * MIDDLE.length)) % GIVEN.length]}`;
    const outlet = `${OUTLET_PREFIX} ${(index % OUTLETS) + 1}`;
    lines.push(
      csvLine([
        name,
        "",
        pick(random, ["VN", "VN", "FR", "JP", "DE"]),
        pick(random, ROLES),
        outlet,
        "",
        pick(random, ["vi, en", "vi", "fr; en"]),
        `${searchKey(name).replace(/[^a-z]+/g, ".")}.${index}@import.bench.example`,
        `+84 9${randomInt(random, 10, 99)} ${randomInt(random, 100, 999)} ${randomInt(random, 100, 999)}`,
        pick(random, ["Accredited", "Đã cấp", "Pending", ""]),
        `2027-${String(randomInt(random, 1, 12)).padStart(2, "0")}-15`,
        random() < 0.1 ? "Ăn chay, không hành" : "",
        random() < 0.2 ? 'Gặp ở "Hội nghị", Hà Nội\nghi chú hai dòng' : "",
      ]),
    );
  }
  return new TextEncoder().encode(`\uFEFF${lines.join("")}`);
}

async function removeImported(client: pg.Client): Promise<void> {
  await client.query("DELETE FROM press_contact WHERE outlet_id IN (SELECT id FROM outlet WHERE name LIKE $1)", [`${OUTLET_PREFIX} %`]);
  await client.query("DELETE FROM outlet WHERE name LIKE $1", [`${OUTLET_PREFIX} %`]);
}

export async function benchCsvImport({ client, actorId, rows, log }: { client: pg.Client; actorId: string; rows: number; log: (line: string) => void }): Promise<CsvImportBenchResult> {
  // A run killed halfway may have left its people behind.
  await removeImported(client);
  for (let index = 1; index <= OUTLETS; index += 1) {
    const name = `${OUTLET_PREFIX} ${index}`;
    await client.query("INSERT INTO outlet (id, name, kind, country, search_text, updated_at) VALUES ($1, $2, 'NEWS_AGENCY', 'VN', $3, now())", [randomUUID(), name, searchKey(name)]);
  }
  const file = importFile(rows);
  log(`CSV import: ${rows} people, ${mb(file.byteLength)} MB, "all" mode …`);
  try {
    global.gc?.();
    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sample = () => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    };
    const sampler = setInterval(sample, 5);
    const phaseStarts: Partial<Record<ImportProgress["phase"], number>> = {};
    const started = performance.now();
    const report = await importContacts({
      actor: { id: actorId, roles: ["ADMIN"] },
      file,
      mode: "all",
      onProgress: (progress) => {
        phaseStarts[progress.phase] ??= performance.now();
      },
    });
    const ended = performance.now();
    clearInterval(sampler);
    sample();
    const at = (phase: ImportProgress["phase"], fallback: number) => phaseStarts[phase] ?? fallback;
    return {
      rows,
      fileBytes: file.byteLength,
      imported: report.imported,
      errors: report.errors.length,
      wallMs: Math.round(ended - started),
      phasesMs: {
        parsing: Math.round(at("validating", ended) - started),
        validating: Math.round(at("writing", ended) - at("validating", ended)),
        writing: Math.round(ended - at("writing", ended)),
      },
      rowsPerSecond: Math.round(report.imported / ((ended - started) / 1000)),
      peakRssMb: mb(peakRss),
      peakRssAboveBaselineMb: mb(peakRss - baseline.rss),
      peakHeapAboveBaselineMb: mb(peakHeap - baseline.heapUsed),
    };
  } finally {
    await removeImported(client);
    // Without it the next run's directory figures would scan 10,000 dead rows and plan on stale statistics.
    await client.query("VACUUM ANALYZE press_contact");
  }
}
