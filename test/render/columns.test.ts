import { describe, expect, it } from 'vitest';
import { renderColumns } from '../../src/render/columns.js';
import { formatDateRange, formatShortDateRange } from '../../src/render/times.js';

describe('a table that fits its width', () => {
  const rows = [
    ['Name', 'Title', 'Talks'],
    ['whd24', 'Winter Hack Days 2024', '5'],
    ['fosdem', 'FOSDEM 2025', '1530'],
  ];

  it('cuts the column it may shrink, with …, only as much as it must', () => {
    expect(renderColumns(rows, [2], { width: 40, shrink: 1 })).toBe(
      ['Name    Title                  Talks', 'whd24   Winter Hack Days 2024      5', 'fosdem  FOSDEM 2025             1530', ''].join(
        '\n',
      ),
    );
    expect(renderColumns(rows, [2], { width: 30, shrink: 1 })).toBe(
      ['Name    Title            Talks', 'whd24   Winter Hack Da…      5', 'fosdem  FOSDEM 2025       1530', ''].join('\n'),
    );
  });

  it("cuts the column it shrinks down to its header's width, and leaves it out where even that does not fit", () => {
    expect(renderColumns(rows, [2], { width: 20, shrink: 1 }).split('\n')[1]).toBe('whd24   Wint…      5');
    expect(renderColumns(rows, [2], { width: 19, shrink: 1 })).toBe(['Name    Talks', 'whd24       5', 'fosdem   1530', ''].join('\n'));
    // The columns after the one left out keep their alignment, and those before it theirs.
    const ranked = [
      ['Rank', 'Title', 'Talks'],
      ['1', 'Winter Hack Days 2024', '5'],
      ['12', 'FOSDEM 2025', '1530'],
    ];
    expect(renderColumns(ranked, [0, 2], { width: 12, shrink: 1 })).toBe(['Rank  Talks', '   1      5', '  12   1530', ''].join('\n'));
  });
});

describe('a conference’s days', () => {
  it('in a sentence, with weekdays', () => {
    expect(
      [['2019-05-03', '2019-05-05'], ['2024-12-27'], ['2019-04-30', '2019-05-02'], ['2024-12-30', '2025-01-02'], []].map(formatDateRange),
    ).toEqual([
      'Friday 3 – Sunday 5 May 2019',
      'Friday 27 December 2024',
      'Tuesday 30 April – Thursday 2 May 2019',
      'Monday 30 December 2024 – Thursday 2 January 2025',
      '',
    ]);
  });

  it('in a table, short', () => {
    expect(
      [['2024-12-27'], ['2019-05-03', '2019-05-04', '2019-05-05'], ['2019-04-30', '2019-05-02'], ['2024-12-30', '2025-01-02'], []].map(
        formatShortDateRange,
      ),
    ).toEqual(['27 Dec 2024', '3–5 May 2019', '30 Apr – 2 May 2019', '30 Dec 2024 – 2 Jan 2025', '']);
  });
});
