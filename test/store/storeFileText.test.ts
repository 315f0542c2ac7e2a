import { describe, expect, it } from 'vitest';
import type { Store, Talk } from '../../src/schedule/types.js';
import { storeFileText } from '../../src/store/loadStore.js';
import { bundledStoreData } from '../helpers/store.js';

/** The bundled store with one change to a copy of its second talk. */
function withSecondTalk(change: (talk: Talk) => Talk): Store {
  const store = bundledStoreData();
  const talks = [...store.talks];
  talks[1] = change({ ...(talks[1] as Talk) });
  return { ...store, talks };
}

describe('a store as pycon saves it', () => {
  it('is clean, and gets an outline and search text, when loading would leave it as it is', () => {
    const saved = storeFileText(bundledStoreData(), 'test');
    expect([
      saved.clean,
      (saved.outline?.outline.join('').length ?? 0) > 0,
      saved.outline?.search.join('').startsWith('pycon search text 2\ntitles '),
    ]).toEqual([true, true, true]);
  });

  it.each([
    ['a title loading would clean', (talk: Talk) => ({ ...talk, title: `${talk.title}\u0007` })],
    ['a speaker loading would clean', (talk: Talk) => ({ ...talk, speakers: [...talk.speakers, 'Ada\tLovelace'] })],
    ['a field left undefined', (talk: Talk) => ({ ...talk, track: undefined })],
    ['a field loading does not know', (talk: Talk) => ({ ...talk, note: 'x' }) as Talk],
    ['a description with a control character', (talk: Talk) => ({ ...talk, description: `${talk.description}\u001b[2J` })],
  ])('is not clean, and gets no outline, with %s', (_, change) => {
    const saved = storeFileText(withSecondTalk(change), 'test');
    expect([saved.clean, saved.outline]).toEqual([false, undefined]);
  });

  it("is refused, as pycon's mistake, when the talks read from a schedule break a store's rules", () => {
    const store = bundledStoreData();
    const [first, second] = store.talks as [Talk, Talk];
    expect(() => storeFileText({ ...store, talks: [first, { ...second, id: first.id }] }, 'https://example.org/schedule.xml')).toThrow(
      `pycon read https://example.org/schedule.xml into talks it cannot keep (talk 2 "${second.title}": its id "${first.id}" is another talk's too), so nothing was saved; this is pycon's mistake: please report it, with the schedule.`,
    );
  });

  it('is not clean when a cancelled talk or the conference would be cleaned', () => {
    const store = bundledStoreData();
    const first = store.talks[0] as Talk;
    expect(storeFileText({ ...store, cancelled: [{ ...first, room: 'Hall\u0000' }] }, 'test').clean).toBe(false);
    expect(storeFileText({ ...store, cancelled: [first] }, 'test').clean).toBe(true);
    expect(storeFileText({ ...store, conference: { ...store.conference, location: 'Cleveland\n' } }, 'test').clean).toBe(false);
  });
});
