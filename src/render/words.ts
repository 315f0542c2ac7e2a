/** `1 talk`, `2 talks`, `3 clashes`. */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
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
  if (/^[\p{L}\p{N}._/:@%+=,-]+$/u.test(text)) return text;
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
