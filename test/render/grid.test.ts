import { describe, expect, it } from 'vitest';
import { drawGrid } from '../../src/render/grid.js';
import { wrapText } from '../../src/render/wrap.js';

describe('drawing a grid', () => {
  it('draws cells, and a cell spanning two rows through the rule between them', () => {
    const grid = drawGrid(
      [5, 8, 4],
      [
        [
          { lines: ['13:40'], rowSpan: 1 },
          { lines: ['Mocking', 'and', 'Patching'], rowSpan: 2 },
          { lines: [], rowSpan: 1 },
        ],
        [{ lines: ['13:55'], rowSpan: 1 }, null, { lines: ['Talk'], rowSpan: 1 }],
      ],
    );
    expect(grid.split('\n')).toEqual([
      '┌───────┬──────────┬──────┐',
      '│ 13:40 │ Mocking  │      │',
      '├───────┤ and      ├──────┤',
      '│ 13:55 │ Patching │ Talk │',
      '└───────┴──────────┴──────┘',
    ]);
  });

  it('starts a rule with the border where a cell of the first column spans on', () => {
    const grid = drawGrid(
      [4, 3],
      [
        [
          { lines: ['Hall', 'long'], rowSpan: 2 },
          { lines: ['a'], rowSpan: 1 },
        ],
        [null, { lines: ['b'], rowSpan: 1 }],
      ],
    );
    expect(grid.split('\n')).toEqual(['┌──────┬─────┐', '│ Hall │ a   │', '│ long ├─────┤', '│      │ b   │', '└──────┴─────┘']);
  });

  it('makes the last spanned row taller when a spanning cell needs it', () => {
    const grid = drawGrid(
      [1, 3],
      [
        [
          { lines: ['a'], rowSpan: 1 },
          { lines: ['1', '2', '3', '4'], rowSpan: 2 },
        ],
        [{ lines: ['b'], rowSpan: 1 }, null],
      ],
    );
    expect(grid.split('\n')).toEqual(['┌───┬─────┐', '│ a │ 1   │', '├───┤ 2   │', '│ b │ 3   │', '│   │ 4   │', '└───┴─────┘']);
  });

  it('makes the last row a spanning cell covers taller, below the row it starts in', () => {
    const grid = drawGrid(
      [1, 3],
      [
        [
          { lines: ['a'], rowSpan: 1 },
          { lines: ['x'], rowSpan: 1 },
        ],
        [
          { lines: ['b'], rowSpan: 1 },
          { lines: ['1', '2', '3', '4'], rowSpan: 2 },
        ],
        [{ lines: ['c'], rowSpan: 1 }, null],
      ],
    );
    expect(grid.split('\n')).toEqual([
      '┌───┬─────┐',
      '│ a │ x   │',
      '├───┼─────┤',
      '│ b │ 1   │',
      '├───┤ 2   │',
      '│ c │ 3   │',
      '│   │ 4   │',
      '└───┴─────┘',
    ]);
  });
});

describe('wrapping text', () => {
  it('wraps at spaces, then after hyphens, then inside over-long words', () => {
    expect(wrapText('Life Is Better Painted Black, or: How to Stop Worrying and Embrace Auto-Formatting', 12)).toEqual([
      'Life Is',
      'Better',
      'Painted',
      'Black, or:',
      'How to Stop',
      'Worrying and',
      'Embrace',
      'Auto-',
      'Formatting',
    ]);
    expect(wrapText('Programmatic Notebooks', 11)).toEqual(['Programma-', 'tic', 'Notebooks']);
    expect(wrapText('IEEE754.000000000000002', 11)).toEqual(['IEEE754.000', '00000000000', '2']);
  });

  it('counts wide characters as two columns', () => {
    expect(wrapText('🐍🐍🐍 snake', 6)).toEqual(['🐍🐍🐍', 'snake']);
  });
});
