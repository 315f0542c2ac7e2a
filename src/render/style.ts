/**
 * The few looks pycon uses. Renderers take a Style, so they stay pure: tests
 * pass `plainStyle`, commands pass the chalk-backed one only on a colour terminal.
 */

export interface Style {
  /** A talk's title. */
  title(text: string): string;
  /** Words that matched a search. */
  match(text: string): string;
  /** Secondary detail: times, rooms, ids. */
  dim(text: string): string;
  heading(text: string): string;
  /** Something needing attention: a clash, a tight change of room. */
  warn(text: string): string;
  /** A talk on now. */
  now(text: string): string;
  /** A talk in the user's itinerary. */
  mine(text: string): string;
}

const same = (text: string) => text;

export const plainStyle: Style = { title: same, match: same, dim: same, heading: same, warn: same, now: same, mine: same };

/** Loads chalk only when colour is wanted: it costs start-up time. */
export async function loadStyle(color: boolean): Promise<Style> {
  if (!color) return plainStyle;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  // One argument each: chalk joins every argument it gets, so passing a chalk
  // function straight to Array.map would paint the index and array too.
  return {
    title: (text) => chalk.bold(text),
    match: (text) => chalk.bold.yellow(text),
    dim: (text) => chalk.dim(text),
    heading: (text) => chalk.bold.cyan(text),
    warn: (text) => chalk.yellow(text),
    now: (text) => chalk.inverse(text),
    mine: (text) => chalk.green(text),
  };
}
