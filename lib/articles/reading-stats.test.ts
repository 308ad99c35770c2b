import { describe, expect, test } from "vitest";
import { readingStats, WORDS_PER_MINUTE } from "./reading-stats";

describe("readingStats", () => {
  test("an empty text has nothing to read", () => {
    expect(readingStats("", "vi")).toEqual({ characters: 0, words: 0, minutes: 0 });
    expect(readingStats(" \n ", "en")).toEqual({ characters: 2, words: 0, minutes: 0 });
  });

  test("counts Vietnamese syllables as words and accented letters as one character each", () => {
    expect(readingStats("Đắk Lắk", "vi")).toEqual({ characters: 7, words: 2, minutes: 1 });
    // The same text typed with combining accents (NFD) counts the same.
    expect(readingStats("Đắk Lắk".normalize("NFD"), "vi").characters).toBe(7);
  });

  test("punctuation alone is not a word; line breaks between blocks are not characters", () => {
    expect(readingStats("Hà Nội — Huế\nĐà Nẵng", "vi")).toEqual({ characters: 19, words: 5, minutes: 1 });
  });

  test("reading time rounds to whole minutes at the locale's rate, at least one", () => {
    const words = (count: number) => Array.from({ length: count }, () => "tin").join(" ");
    expect(readingStats(words(WORDS_PER_MINUTE.vi * 3), "vi").minutes).toBe(3);
    expect(readingStats(words(WORDS_PER_MINUTE.en * 3), "en").minutes).toBe(3);
    expect(readingStats(words(10), "en").minutes).toBe(1);
    expect(readingStats(words(1000), "vi").minutes).toBeLessThan(readingStats(words(1000), "en").minutes);
  });
});
