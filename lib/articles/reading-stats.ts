/**
 * Length of a story as the desk talks about it: characters, words and
 * reading time. Vietnamese writes each syllable as a separate word, so a
 * Vietnamese "word" here is a syllable, as word processors count it; readers
 * get through syllables faster than English words, hence the higher rate.
 */
export const WORDS_PER_MINUTE = { vi: 230, en: 210 } as const;

export type ReadingStats = { characters: number; words: number; minutes: number };

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
// A word is a run of non-space characters holding at least one letter or digit ("—" alone is not a word).
const WORD = /\S+/gu;
const HAS_LETTER = /[\p{L}\p{N}]/u;

export function readingStats(text: string, locale: keyof typeof WORDS_PER_MINUTE): ReadingStats {
  // Line breaks between blocks are not characters anyone typed.
  const visible = text.normalize("NFC").replace(/\n/g, "");
  let characters = 0;
  for (const _ of graphemes.segment(visible)) characters++;
  const words = (text.match(WORD) ?? []).filter((token) => HAS_LETTER.test(token)).length;
  const minutes = words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE[locale]));
  return { characters, words, minutes };
}
