/** Every shape of store validateStore refuses, with the sentence a user reads. */
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/schedule/types.js';
import { validateStore } from '../../src/store/validateStore.js';
import { fileProblem } from '../../src/store/fileProblem.js';
import { bundledStoreData } from '../helpers/store.js';

const damaged = (why: string) => `The talk store s.json is damaged (${why}); rebuild it with "pycon parse <source> -o s.json".`;
type Data = Record<string, unknown> & { conference: Record<string, unknown>; talks: Record<string, unknown>[] };

function refusal(change: (data: Data) => void): string {
  const data = structuredClone(bundledStoreData()) as unknown as Data;
  change(data);
  try {
    validateStore(data, 's.json');
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('a store of the wrong shape', () => {
  const needs = damaged('its "conference" needs name, timezone, location and days');
  const talkField = damaged('talk 1 lacks a field or has one of the wrong type');
  it.each<[string, (data: Data) => void, string]>([
    ['no conference', (data) => delete (data as Partial<Data>).conference, needs],
    ['a conference without a name', (data) => delete data.conference.name, needs],
    ['a numeric zone', (data) => (data.conference.timezone = 5), needs],
    ['no location', (data) => delete data.conference.location, needs],
    ['days not a list', (data) => (data.conference.days = 'friday'), needs],
    [
      'a zone too long to be one',
      (data) => (data.conference.timezone = `A/${'b'.repeat(63)}`),
      damaged(`its time zone "A/${'b'.repeat(63)}" is not an IANA name such as Europe/Berlin`),
    ],
    [
      'a zone with a trailing slash',
      (data) => (data.conference.timezone = 'Europe/'),
      damaged('its time zone "Europe/" is not an IANA name such as Europe/Berlin'),
    ],
    ['rooms not names', (data) => (data.rooms = [1]), damaged('"rooms" must be a list of names')],
    ['talks not a list', (data) => (data.talks = {} as never), damaged('"talks" must be a list')],
    ['a talk without an id', (data) => delete data.talks[0]?.id, talkField],
    ['a talk whose title is a number', (data) => ((data.talks[0] as Record<string, unknown>).title = 1), talkField],
    ['a talk whose speakers are not names', (data) => ((data.talks[0] as Record<string, unknown>).speakers = [1]), talkField],
    ['a talk without a day', (data) => delete data.talks[0]?.day, talkField],
    ['a talk without a room', (data) => delete data.talks[0]?.room, talkField],
    ['a talk without a description', (data) => delete data.talks[0]?.description, talkField],
    ['a talk whose uid is a number', (data) => ((data.talks[0] as Record<string, unknown>).uid = 7), talkField],
    [
      'a talk with an empty id',
      (data) => ((data.talks[0] as Record<string, unknown>).id = ''),
      damaged(`talk 1 "${bundledStoreData().talks[0]?.title}": its id is empty`),
    ],
    [
      'a talk with an empty room',
      (data) => ((data.talks[0] as Record<string, unknown>).room = ''),
      damaged(`talk 1 "${bundledStoreData().talks[0]?.title}": its room is empty`),
    ],
    [
      'search text of another length',
      (data) => (data.searchText = [] as never),
      damaged('"searchText" must hold the folded text of each talk, in order'),
    ],
    [
      'search text that is not text',
      (data) => ((data.searchText as unknown[])[0] = { title: 1 }),
      damaged('"searchText" must hold the folded text of each talk, in order'),
    ],
  ])('refuses %s', (_, change, message) => {
    expect(refusal(change)).toBe(message);
  });

  it('refuses a value that is not an object', () => {
    expect(() => validateStore([], 's.json')).toThrow(damaged('it is not a JSON object'));
    expect(() => validateStore(null, 's.json')).toThrow(damaged('it is not a JSON object'));
  });

  it('keeps the search text it was given, and folds none when it has it', () => {
    const store = validateStore(structuredClone(bundledStoreData()), 's.json') as Store;
    expect(store.searchText?.[0]).toEqual(bundledStoreData().searchText?.[0]);
    const without = structuredClone(bundledStoreData());
    delete without.searchText;
    expect('searchText' in validateStore(without, 's.json')).toBe(false);
  });
});

describe('file problems', () => {
  const error = (code: string) => Object.assign(new Error(code), { code, syscall: 'open' });
  it.each([
    ['EACCES', 'Permission denied: cannot read x; check the permissions of it and its folder.'],
    ['EPERM', 'Permission denied: cannot read x; check the permissions of it and its folder.'],
    ['ENOENT', 'Cannot read x: its folder does not exist; create it first, or choose another path.'],
    ['ENOTDIR', 'Cannot read x: part of that path is a file, not a folder; check the path (and PYCON_HOME).'],
    ['EISDIR', 'Cannot read x: it is a folder; give the path of a file.'],
    ['ENOSPC', 'Cannot read x: the disk is full; free some space and try again.'],
    ['EDQUOT', 'Cannot read x: the disk is full; free some space and try again.'],
    ['EROFS', 'Cannot read x: it is on a read-only file system; choose a writable place.'],
    ['ELOOP', 'Cannot read x: its symbolic links go round in a loop; check the path.'],
    ['ENAMETOOLONG', 'Cannot read x: the path is too long; choose a shorter one.'],
    ['EMFILE', 'Cannot read x (EMFILE); check the path and try again.'],
  ])('says %s in one sentence that names the path', (code, message) => {
    expect(fileProblem(error(code), 'x', 'read').message).toBe(message);
  });
});
