/** `1 talk`, `2 talks`, `3 clashes`. */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** `it` or `them`, for one thing or several. */
export function them(count: number): string {
  return count === 1 ? 'it' : 'them';
}
