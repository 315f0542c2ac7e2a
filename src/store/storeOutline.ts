/**
 * A store's outline (`store.outline.json`): the store without its talks'
 * descriptions and folded search text, a quarter of its size. Most commands
 * (talks, timetable, now, itinerary, days, rooms) never read a description,
 * and on a conference of 1,500 talks parsing the whole store is most of
 * their start-up; the outline parses in a fifth of the time.
 *
 * The outline is written beside a sealed store (storeSeal.ts) and read only
 * while the seal says both are as pycon wrote them. Each talk it gives reads
 * its description from the whole store the first time one is asked for, so
 * a command that does need one (a talk's JSON, a search snippet) still gets
 * it: nothing reads differently, only later.
 */
import { UserError } from '../errors.js';
import type { Store, Talk } from '../schedule/types.js';
import { readFileAndStat, storeText, textOf } from './readFile.js';
import { isSealedOutline, outlinePath } from './storeSeal.js';

/**
 * The outline's text: the store without descriptions and search text, not
 * indented, as only pycon reads it. A description is a talk's last field
 * (loadStore.ts), so adding it back last keeps the fields in their order.
 */
export function outlineText(store: Store): string {
  const outline = (talks: Talk[]) => talks.map(({ description: _description, ...talk }) => talk);
  return storeText(
    {
      ...store,
      talks: outline(store.talks),
      ...(store.cancelled ? { cancelled: outline(store.cancelled) } : {}),
      searchText: undefined,
    },
    0,
  );
}

/**
 * The store at storePath from its sealed outline, its descriptions read with
 * loadWhole when first asked for; undefined when there is no outline to trust.
 */
export function loadOutline(storePath: string, loadWhole: () => Store): Store | undefined {
  const path = outlinePath(storePath);
  let read: ReturnType<typeof readFileAndStat>;
  try {
    read = readFileAndStat(path, { what: 'store outline', missing: '' });
  } catch {
    return undefined;
  }
  if (!isSealedOutline(storePath, read.stat)) return undefined;
  let outline: Store;
  try {
    outline = JSON.parse(textOf(read.bytes)) as Store;
  } catch {
    return undefined;
  }
  return withDescriptionsOnDemand(outline, storePath, loadWhole);
}

function withDescriptionsOnDemand(outline: Store, storePath: string, loadWhole: () => Store): Store {
  const fillIn = () => {
    const whole = loadWhole();
    const pairs: [Talk[], Talk[]][] = [[outline.talks, whole.talks]];
    if (outline.cancelled) pairs.push([outline.cancelled, whole.cancelled ?? []]);
    for (const [mine, theirs] of pairs) {
      // The same talks in the same order, or the store was replaced in between (an update): no talk may get another's text.
      if (mine.length !== theirs.length || mine.some((talk, index) => theirs[index]?.uid !== talk.uid))
        throw new UserError(`The talk store ${storePath} changed while pycon read it; run the command again.`);
      mine.forEach((talk, index) => {
        const value = theirs[index]?.description ?? '';
        Object.defineProperty(talk, 'description', { value, enumerable: true, writable: true, configurable: true });
      });
    }
    Object.defineProperty(outline, 'searchText', { value: whole.searchText, enumerable: true, writable: true, configurable: true });
  };
  // One getter for every talk, added as a new last field, so that the talks keep sharing one fast shape.
  const description = {
    get(this: Talk): string {
      fillIn();
      return this.description;
    },
    enumerable: true,
    configurable: true,
  };
  for (const talk of outline.talks) Object.defineProperty(talk, 'description', description);
  for (const talk of outline.cancelled ?? []) Object.defineProperty(talk, 'description', description);
  Object.defineProperty(outline, 'searchText', {
    get(): Store['searchText'] {
      fillIn();
      return outline.searchText;
    },
    enumerable: true,
    configurable: true,
  });
  return outline;
}
