// One way to compare text that people type in different ways: case, accents and width are
// folded, so "lukasz" finds "Łukasz", "bjorn" finds "Björn" and full-width "ｐｒｏｍ" (typed with a
// Chinese IME) finds "Prom". Used by search and by the speaker ids, so that one person written
// with or without accents gets one speaker page.

// Letters NFKD does not take apart into a base letter and a mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  ẞ: 'ss',
  ı: 'i',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ħ: 'h',
  ŀ: 'l',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');
// Accents only come off Latin letters: in other scripts a mark makes another letter (が is not か,
// й is not и), and dropping it would make two names one.
const LATIN_ACCENTS = /(\p{Script=Latin})\p{M}+/gu;

export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(LATIN_ACCENTS, '$1')
    .normalize('NFC')
    .replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/**
 * A speaker's id, from their name: "Björn Rabenstein" → "bjorn-rabenstein", "张三" → "张三".
 * The same name gives the same id, so one person speaking at several events has one page.
 */
export function speakerIdOf(name: string): string {
  return (
    foldText(name)
      // Modifier letters (the ʻokina of Kaʻiulani) and marks left on other scripts' letters are
      // part of a word, not a break in it.
      .replace(/[\p{Lm}\p{M}]+/gu, '')
      .replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  );
}
