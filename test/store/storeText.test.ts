import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storeBytes, storeText } from '../../src/store/storeText.js';

const store = {
  schemaVersion: 2,
  talks: [
    { id: 'data', title: 'データ分析', room: 'Salle 1.0\u00a0A' },
    { id: 'plain', title: 'Plain\u007f', speakers: ['Zoë', '🐍 fan'] },
  ],
  left: undefined,
};

const escaped = [
  '{',
  '  "schemaVersion": 2,',
  '  "talks": [',
  '    {',
  '      "id": "data",',
  '      "title": "\\u30c7\\u30fc\\u30bf\\u5206\\u6790",',
  '      "room": "Salle 1.0\\u00a0A"',
  '    },',
  '    {',
  '      "id": "plain",',
  '      "title": "Plain\\u007f",',
  '      "speakers": [',
  '        "Zo\\u00eb",',
  '        "\\ud83d\\udc0d fan"',
  '      ]',
  '    }',
  '  ]',
  '}',
  '',
].join('\n');

describe('a store as pycon writes it', () => {
  it('is indented JSON with every character beyond ASCII a \\u escape, a UTF-16 unit each', () => {
    expect(storeText(store)).toBe(escaped);
    expect(JSON.parse(storeText(store))).toEqual(JSON.parse(JSON.stringify(store)));
  });

  it('is the same text as bytes, for a whole store', () => {
    expect(storeBytes(store).toString('latin1')).toBe(escaped);
    expect(storeBytes({ talks: [{ id: 'ascii' }] }).toString('latin1')).toBe(
      '{\n  "talks": [\n    {\n      "id": "ascii"\n    }\n  ]\n}\n',
    );
  });

  it('is, for any store, its indented JSON with each character beyond ASCII replaced by its escape', () => {
    const escapeOf = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
    const value = fc.jsonValue({ stringUnit: 'binary', maxDepth: 2 });
    const field = fc.oneof(value, fc.array(value), fc.constant(undefined));
    const fields = fc.dictionary(fc.string({ unit: 'binary' }), field);
    // Long lists are written 16 items at a time: talks with fields of their own, texts, or anything else a damaged list holds.
    const item = fc.oneof(
      { weight: 4, arbitrary: fc.dictionary(fc.string({ unit: 'binary' }), value, { maxKeys: 3 }) },
      value,
      fc.constant(undefined),
    );
    const list = fc.array(item, { maxLength: 40, size: 'max' });
    const lists = fc.record({ talks: list, cancelled: fc.oneof(list, value), searchText: fc.oneof(list, value) }, { requiredKeys: [] });
    const anyStore = fc.tuple(fields, lists, fields).map(([before, talkLists, after]) => ({ ...before, ...talkLists, ...after }));
    fc.assert(
      fc.property(anyStore, (store) => {
        const text = `${JSON.stringify(store, null, 2).replace(/[\u007f-\uffff]/g, escapeOf)}\n`;
        expect(storeText(store)).toBe(text);
        expect(storeBytes(store).toString('latin1')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is written whole when one field is larger than the room first given for the store', () => {
    const huge = { searchText: 'x'.repeat(17 * 1024 * 1024), talks: [{ id: 'a', title: 'Zoë' }] };
    const bytes = storeBytes(huge);
    expect(bytes.length).toBe(huge.searchText.length + 96);
    const end = ',\n      "title": "Zo\\u00eb"\n    }\n  ]\n}\n';
    expect(bytes.subarray(-end.length).toString('latin1')).toBe(end);
  });

  it('is one line without an indent, as the outline writes a talk', () => {
    expect(storeText(store.talks[0], 0)).toBe('{"id":"data","title":"\\u30c7\\u30fc\\u30bf\\u5206\\u6790","room":"Salle 1.0\\u00a0A"}\n');
    expect(storeText('ascii', 0)).toBe('"ascii"\n');
  });
});
