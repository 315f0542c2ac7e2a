/** `1 talk`, `2 talks`, `1,530 talks`. */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${grouped(count)} ${count === 1 ? word : words}`;
}

/** A count as prose writes it, its thousands set apart: `1,530`. Without ICU, whose tables cost start-up time. */
export function grouped(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** The names the user has, for a message about one they do not: `yours are a, b`, `you have only a`. */
export function yoursAre(names: string[]): string {
  if (names.length === 0) return 'you have none yet';
  return names.length === 1 ? `you have only ${names[0]}` : `yours are ${names.join(', ')}`;
}

/** `it` or `them`, for one thing or several. */
export function them(count: number): string {
  return count === 1 ? 'it' : 'them';
}

/**
 * A word as a shell reads it back: as it is when it holds only letters, digits
 * and `-._/:@%+=,`, else in single quotes. Suggested commands quote what came
 * from a schedule, a store or a share code, so pasting one runs nothing else.
 */
export function shellWord(text: string): string {
  // An ASCII word is checked without the Unicode classes, which V8 builds the first time a pattern holding them runs.
  if (/^[A-Za-z0-9._/:@%+=,-]+$/.test(text) || (/[^\x00-\x7f]/.test(text) && /^[\p{L}\p{N}._/:@%+=,-]+$/u.test(text))) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
