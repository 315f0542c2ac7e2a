import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handlesOf } from '../../src/schedule/handles.js';
import { LookupError } from '../../src/schedule/lookupError.js';
import { findTalk } from '../../src/schedule/query.js';
import type { Store } from '../../src/schedule/types.js';
import { validateStore } from '../../src/store/validateStore.js';
import { bundledStore } from '../helpers/run.js';
import { saturdayTalk } from '../helpers/talks.js';

const store = validateStore(JSON.parse(readFileSync(bundledStore, 'utf8')), bundledStore) as Store;

describe('handles', () => {
  const handles = handlesOf(store.talks);

  it('are the shortest whole-word starts of ids', () => {
    const byId = (id: string) => handles.get(store.talks.find((talk) => talk.id === id) as Store['talks'][number]);
    expect(byId('advanced-asyncio-solving-real-world-production-problems')).toBe('advanced');
    expect(byId('django-channels-in-practice')).toBe('django-channels');
    expect(byId('type-hinting-and-mypy')).toBe('type-hinting');
    expect(byId('getting-started-testing-in-data-science')).toBe('getting-started-testing');
  });

  it('compare ids word by word, even ids a hand-edited store gives characters that sort before the hyphen', () => {
    const talks = ['a-b', 'a-b!', 'a-b-c', 'a b-x', 'c-d-e', 'c-f'].map((id, i) => ({
      ...saturdayTalk(id, '10:00', '11:00'),
      title: `Title ${i}`,
    }));
    expect(handlesOf(talks).values()).toEqual(['a-b', 'a-b!', 'a-b-c', 'a b', 'c-d', 'c-f']);
  });

  it('are the same found by comparing ids (the first four asked for) as by sorting them all (the rest)', () => {
    const tricky = [
      'a-b',
      'a-b!',
      'a-b-c',
      'a b-x',
      'c-d-e',
      'c-f',
      'a-bc-d',
      'a-bc-e',
      'a-bx',
      ...Array.from({ length: 20 }, (_, i) => `z-${i}`),
    ];
    for (const talks of [store.talks, tricky.map((id, i) => ({ ...saturdayTalk(id, '10:00', '11:00'), title: `Title ${i}` }))]) {
      const one = (talk: Store['talks'][number]) => handlesOf([...talks]).get(talk);
      const last = [...talks].reverse();
      const sorted = handlesOf(last).values().reverse();
      expect(sorted.slice(0, talks.length - 4)).toEqual(talks.slice(0, talks.length - 4).map(one));
    }
  });

  it('are the whole id for a talk not among the talks (a cancelled one), however it is found', () => {
    const gone = { ...saturdayTalk('advanced-talk-gone', '10:00', '11:00'), title: 'Gone' };
    expect(handlesOf([...store.talks]).get(gone)).toBe('advanced-talk-gone');
    const warm = handlesOf([...store.talks]);
    warm.values();
    expect(warm.get(gone)).toBe('advanced-talk-gone');
  });

  it('each name its own talk, and no two are alike', () => {
    for (const talk of store.talks) expect(findTalk(store, handles.get(talk) as string).id, talk.id).toBe(talk.id);
    expect(new Set(handles.values()).size).toBe(store.talks.length);
  });

  it('are never a word several titles hold, even the unique start of one id', () => {
    for (const word of ['django', 'type']) {
      expect(() => findTalk(store, word)).toThrow(LookupError);
      expect([...handles.values()]).not.toContain(word);
    }
  });
});
