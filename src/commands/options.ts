/**
 * Options several commands share, declared once, and the parsers commander
 * runs on option values (a bad value is a usage error, exit 2).
 */
import { type Command, InvalidArgumentError } from 'commander';

export function dayOption(command: Command): Command {
  return command.option('--day <day>', 'only this day: friday, fri, 2019-05-03, today, tomorrow');
}

export function roomOption(command: Command): Command {
  return command.option(
    '--room <room>',
    'only this room: any unambiguous part of its name; or a building, "K.*" for every room starting "K."',
  );
}

export function trackOption(command: Command): Command {
  return command.option('--track <track>', 'only this track: any unambiguous part of its name');
}

/** `--day`, `--room`, `--track` and `--speaker`, as session/filters.ts's resolveFilter reads them. */
export function filterOptions(command: Command): Command {
  return trackOption(roomOption(dayOption(command))).option('--speaker <name>', 'only talks by this speaker');
}

/** A whole number of minutes, 0 or more. */
export function parseMinutes(text: string): number {
  const minutes = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(minutes))
    throw new InvalidArgumentError('give a whole number of minutes, such as 10');
  return minutes;
}

/** A positive whole number. */
export function parseCount(text: string): number {
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('give a whole number of 1 or more');
  return count;
}

/** `--limit`: a positive whole number, or `all`. */
export function parseLimit(text: string): number {
  if (text.trim().toLowerCase() === 'all') return Number.POSITIVE_INFINITY;
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('give a whole number of 1 or more, or all');
  return count;
}

/** A file's path (or URL), never empty: an empty word in a script (`-o "$OUT"` with OUT unset) names no file. */
export function parsePath(text: string): string {
  if (text.trim() === '') throw new InvalidArgumentError('it is empty, and names no file');
  return text;
}

const WEEK_MINUTES = 7 * 24 * 60;

/** `--alarm`: whole minutes, at most a week, as calendar apps offer. */
export function parseAlarm(text: string): number {
  const minutes = parseMinutes(text);
  if (minutes > WEEK_MINUTES) throw new InvalidArgumentError(`give at most a week, ${WEEK_MINUTES} minutes`);
  return minutes;
}
