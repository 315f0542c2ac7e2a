import { describe, expect, it } from 'vitest';
import { columnsOf, rememberColumns, talksOn, talksWithUids, talkWithId } from '../../src/schedule/talkColumns.js';
import type { Talk } from '../../src/schedule/types.js';

function talk(uid: string, date: string): Talk {
  return { id: `id-${uid}`, uid, title: uid, speakers: [], day: '', date, start: '', end: '', room: '', description: '' };
}

const talks = () => [talk('a', '2025-02-01'), talk('b', '2025-02-01'), talk('c', '2025-02-02'), talk('d', '2025-02-01')];

/** Talks with their columns remembered, and the positions a lookup asked for. */
function withColumns(list: Talk[], columns = columnsOf(list)) {
  const asked: number[] = [];
  // A list that says which of its talks are read, as a store's outline gives them one by one.
  const watched = new Proxy(list, {
    get(target, key) {
      if (typeof key === 'string' && /^\d+$/.test(key)) asked.push(Number(key));
      return Reflect.get(target, key);
    },
  });
  if (columns) rememberColumns(watched, columns);
  return { watched, asked };
}

describe("a store's uid and date columns", () => {
  it('hold each talk’s uid and date, a line each', () => {
    expect(columnsOf(talks())).toEqual({ uids: 'a\nb\nc\nd\n', dates: '2025-02-01\n2025-02-01\n2025-02-02\n2025-02-01\n' });
    expect(columnsOf([])).toEqual({ uids: '', dates: '' });
  });

  it('are not made when a uid holds a line break', () => {
    expect(columnsOf([talk('a\nb', '2025-02-01')])).toBeUndefined();
  });

  it('leave a talk named by its id to the list to find, when it can, and else read through', () => {
    const list = talks();
    const asked: string[] = [];
    rememberColumns(list, columnsOf(list) ?? { uids: '', dates: '' }, {
      withId: (id) => {
        asked.push(id);
        return id === 'id-c' ? list[2] : id === 'id-b' ? list[0] : undefined;
      },
    });
    expect(talkWithId(list, 'id-c')?.uid).toBe('c');
    // Not found by the list, or found with another id: the talks are read through.
    expect(talkWithId(list, 'id-d')?.uid).toBe('d');
    expect(talkWithId(list, 'id-b')?.uid).toBe('b');
    expect(talkWithId(list, 'c')).toBeUndefined();
    expect(asked).toEqual(['id-c', 'id-d', 'id-b', 'c']);
  });

  it('find the talks of uids, in store order, reading only those', () => {
    const { watched, asked } = withColumns(talks());
    expect(talksWithUids(watched, new Set(['d', 'b', 'gone'])).map((each) => each.uid)).toEqual(['b', 'd']);
    expect(asked).toEqual([1, 3]);
  });

  it('leave a few uids to the list to find, each checked, and else use the column', () => {
    const list = talks();
    const { watched, asked } = withColumns(list);
    const searched: string[] = [];
    const positions: Record<string, number> = { a: 0, d: 3, c: 1 };
    rememberColumns(watched, columnsOf(list) ?? { uids: '', dates: '' }, {
      uidAt: (uid) => {
        searched.push(uid);
        return positions[uid];
      },
    });
    expect(talksWithUids(watched, new Set(['d', 'a'])).map((each) => each.uid)).toEqual(['a', 'd']);
    expect(searched).toEqual(['d', 'a']);
    expect([...new Set(asked)].sort()).toEqual([0, 3]);
    // Not found by the list (b), or found where another talk is (c): the column's index answers.
    expect(talksWithUids(watched, new Set(['b', 'd'])).map((each) => each.uid)).toEqual(['b', 'd']);
    expect(talksWithUids(watched, new Set(['c'])).map((each) => each.uid)).toEqual(['c']);
    // Past a few, the index, without a search.
    searched.length = 0;
    const many = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(talksWithUids(watched, many).map((each) => each.uid)).toEqual(['a', 'b', 'c', 'd']);
    expect(searched).toEqual([]);
  });

  it('find the talks of a day, in store order, reading only those', () => {
    const { watched, asked } = withColumns(talks());
    expect(talksOn(watched, '2025-02-01').map((each) => each.uid)).toEqual(['a', 'b', 'd']);
    expect(asked).toEqual([0, 1, 3]);
    expect(talksOn(watched, '2025-02-03')).toEqual([]);
  });

  it('give a day’s talks as one run when they are one', () => {
    const list = talks();
    const runs: [number, number][] = [];
    rememberColumns(list, columnsOf(list) ?? { uids: '', dates: '' }, {
      range: (from, to) => {
        runs.push([from, to]);
        return list.slice(from, to);
      },
    });
    expect(talksOn(list, '2025-02-02').map((each) => each.uid)).toEqual(['c']);
    expect(talksOn(list, '2025-02-01').map((each) => each.uid)).toEqual(['a', 'b', 'd']);
    expect(runs).toEqual([[2, 3]]);
  });

  it('are not used when they do not hold a line per talk: the talks are read through instead', () => {
    for (const columns of [
      { uids: 'a\nb\n', dates: '2025-02-01\n2025-02-01\n' },
      { uids: 'a\nb\nc\nd', dates: '2025-02-01\n2025-02-01\n2025-02-02\n2025-02-01' },
    ]) {
      const { watched, asked } = withColumns(talks(), columns);
      expect(talksOn(watched, '2025-02-01').map((each) => each.uid)).toEqual(['a', 'b', 'd']);
      expect(talksWithUids(watched, new Set(['c'])).map((each) => each.uid)).toEqual(['c']);
      expect(asked.length).toBeGreaterThan(4);
    }
  });

  it('are not needed: without them, the talks are read through', () => {
    const list = talks();
    expect(talksOn(list, '2025-02-02').map((each) => each.uid)).toEqual(['c']);
    expect(talksWithUids(list, new Set(['a', 'c'])).map((each) => each.uid)).toEqual(['a', 'c']);
    expect(talkWithId(list, 'id-b')?.uid).toBe('b');
  });
});
