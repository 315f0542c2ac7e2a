/**
 * A talk given twice: some conferences repeat a popular talk in a second
 * slot, which a schedule lists as two events with two uids. Two slots are
 * the same talk when they have the same title, the same speakers (at least
 * one: sessions with no one named, such as lightning talks, differ from
 * slot to slot) and the same length. A plan attends one of them.
 */
import { talkWithId } from './talkColumns.js';
import { slugify } from './text.js';
import { spanOf } from './time.js';
import type { Talk } from './types.js';

/** What two slots of one talk share; undefined for a talk with no speaker named. */
export function repeatKey(talk: Talk): string | undefined {
  if (talk.speakers.length === 0) return undefined;
  const { start, end } = spanOf(talk);
  return `${talk.title}\n${talk.speakers.join('\n')}\n${end - start}`;
}

/** Whether two slots are one talk given twice. */
export function givenTwice(one: Talk, other: Talk): boolean {
  if (one === other || one.title !== other.title) return false;
  const key = repeatKey(one);
  return key !== undefined && key === repeatKey(other);
}

/** Each of `talks` that repeats one listed before it, with that one: list first the slots to keep. */
export function repeatsOf(talks: Talk[]): Map<Talk, Talk> {
  const first = new Map<string, Talk>();
  const repeats = new Map<Talk, Talk>();
  for (const talk of talks) {
    const key = repeatKey(talk);
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (earlier) repeats.set(talk, earlier);
    else first.set(key, talk);
  }
  return repeats;
}

/** Every slot among `slots` of the first talk picked twice, in time order; undefined when no talk is. */
export function slotsOfOnePickedTwice(picked: Talk[], slots: Talk[]): Talk[] | undefined {
  const [twice] = repeatsOf(picked).keys();
  if (twice === undefined) return undefined;
  return slots.filter((slot) => slot === twice || givenTwice(slot, twice)).sort((a, b) => spanOf(a).start - spanOf(b).start);
}

/** Of `others`, the slots of a talk given twice that repeat one attended: per attended talk, and all of them. */
export function repeatsAttended(attended: Talk[], others: Talk[]): { of: Map<Talk, Talk[]>; left: Set<Talk> } {
  const of = new Map<Talk, Talk[]>();
  const going = new Set(attended);
  // Only a talk of the same title can be another slot of one attended: the others are not looked at.
  const titles = new Set(attended.map((talk) => talk.title));
  for (const [repeat, first] of repeatsOf([...attended, ...others.filter((talk) => !going.has(talk) && titles.has(talk.title))])) {
    if (going.has(repeat) || !going.has(first)) continue;
    of.set(first, [...(of.get(first) ?? []), repeat]);
  }
  return { of, left: new Set([...of.values()].flat()) };
}

/** Whether a talk is another slot of one of `talks`. */
export function repeatsOneOf(talks: Talk[]): (talk: Talk) => boolean {
  // Only a talk of the same title can be: the key of any other is never made.
  const titles = new Set(talks.map((talk) => talk.title));
  const keys = new Set(talks.map(repeatKey));
  return (talk) => {
    if (!titles.has(talk.title) || talks.includes(talk)) return false;
    const key = repeatKey(talk);
    return key !== undefined && keys.has(key);
  };
}

/**
 * The other slots of a talk given twice, in time order. They are found by
 * their ids, which a store gives the talks of one title in time order
 * (`rust-for-hardware`, `rust-for-hardware-2`): no other talk is read.
 */
export function otherSlots(talks: Talk[], talk: Talk): Talk[] {
  if (repeatKey(talk) === undefined) return [];
  const base = slugify(talk.title);
  const slots: Talk[] = [];
  for (let n = 1; ; n++) {
    const slot = talkWithId(talks, n === 1 ? base : `${base}-${n}`);
    if (slot === undefined) return slots;
    if (givenTwice(slot, talk)) slots.push(slot);
  }
}
