import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tzifZoneRules } from '../../src/schedule/tzif.js';
import { zoneRules } from '../../src/schedule/zoneRules.js';

interface TzifParts {
  version?: '\0' | '2' | '3';
  /** Local time types: seconds east of UTC, and the name. */
  types: { seconds: number; name: string }[];
  /** Transitions: epoch seconds, and the index of the type each starts. */
  transitions?: [number, number][];
  footer?: string;
  leapSeconds?: number;
}

/** A TZif file as RFC 8536 lays it out, with the same data in the 32-bit and the 64-bit blocks. */
function tzif({ version = '2', types, transitions = [], footer = '', leapSeconds = 0 }: TzifParts): Uint8Array {
  const names = `${types.map((type) => type.name).join('\0')}\0`;
  const block = (timeBytes: 4 | 8) => {
    const header = Buffer.alloc(44);
    header.write('TZif', 0, 'latin1');
    header.write(version, 4, 'latin1');
    const counts = [0, 0, leapSeconds, transitions.length, types.length, names.length];
    for (const [i, count] of counts.entries()) header.writeUInt32BE(count, 20 + i * 4);
    const times = Buffer.alloc(transitions.length * timeBytes);
    for (const [i, [at]] of transitions.entries()) {
      if (timeBytes === 4) times.writeInt32BE(at, i * 4);
      else times.writeBigInt64BE(BigInt(at), i * 8);
    }
    const locals = Buffer.alloc(types.length * 6);
    let nameAt = 0;
    types.forEach((type, i) => {
      locals.writeInt32BE(type.seconds, i * 6);
      locals.writeUInt8(nameAt, i * 6 + 5);
      nameAt += type.name.length + 1;
    });
    return Buffer.concat([
      header,
      times,
      Buffer.from(transitions.map(([, type]) => type)),
      locals,
      Buffer.from(names, 'latin1'),
      Buffer.alloc(leapSeconds * (timeBytes + 4)),
    ]);
  };
  if (version === '\0') return block(4);
  return Buffer.concat([block(4), block(8), Buffer.from(`\n${footer}\n`, 'latin1')]);
}

const CET = { seconds: 3600, name: 'CET' };
const CEST = { seconds: 7200, name: 'CEST' };
const at = (iso: string) => Date.parse(iso);

describe("a zone's rules from its TZif file", () => {
  it('works out the year from the TZ string when the file lists no transitions (as zic -b slim writes them)', () => {
    expect(tzifZoneRules(tzif({ types: [CET], footer: 'CET-1CEST,M3.5.0,M10.5.0/3' }), 'Europe/Berlin', 2025)).toEqual({
      zone: 'Europe/Berlin',
      year: 2025,
      base: { offset: 60, name: 'CET' },
      transitions: [
        { at: at('2025-03-30T01:00:00Z'), from: 60, to: 120, name: 'CEST' },
        { at: at('2025-10-26T01:00:00Z'), from: 120, to: 60, name: 'CET' },
      ],
    });
  });

  it('takes the listed transitions within their years, and the TZ string after the last of them', () => {
    const file = tzif({
      types: [CET, CEST],
      transitions: [
        [at('2024-03-31T01:00:00Z') / 1000, 1],
        [at('2024-10-27T01:00:00Z') / 1000, 0],
      ],
      // Changed rules from 2025 on: summer time a week earlier in spring.
      footer: 'CET-1CEST,M3.4.0,M10.5.0/3',
    });
    expect(tzifZoneRules(file, 'Europe/Berlin', 2024)?.transitions.map((transition) => new Date(transition.at).toISOString())).toEqual([
      '2024-03-31T01:00:00.000Z',
      '2024-10-27T01:00:00.000Z',
    ]);
    expect(tzifZoneRules(file, 'Europe/Berlin', 2025)?.transitions.map((transition) => new Date(transition.at).toISOString())).toEqual([
      '2025-03-23T01:00:00.000Z',
      '2025-10-26T01:00:00.000Z',
    ]);
  });

  it('reads a version 1 file, which has no TZ string: the last transition holds', () => {
    const file = tzif({ version: '\0', types: [CET, CEST], transitions: [[at('2025-03-30T01:00:00Z') / 1000, 1]] });
    expect(tzifZoneRules(file, 'Europe/Berlin', 2025)).toEqual({
      zone: 'Europe/Berlin',
      year: 2025,
      base: { offset: 60, name: 'CET' },
      transitions: [{ at: at('2025-03-30T01:00:00Z'), from: 60, to: 120, name: 'CEST' }],
    });
    expect(tzifZoneRules(file, 'Europe/Berlin', 2026)).toEqual({
      zone: 'Europe/Berlin',
      year: 2026,
      base: { offset: 120, name: 'CEST' },
      transitions: [],
    });
  });

  it('starts a southern year in summer time', () => {
    const rules = tzifZoneRules(
      tzif({ types: [{ seconds: 36000, name: 'AEST' }], footer: 'AEST-10AEDT,M10.1.0,M4.1.0/3' }),
      'Australia/Sydney',
      2025,
    );
    expect(rules?.base).toEqual({ offset: 660, name: 'AEDT' });
    expect(rules?.transitions).toEqual([
      { at: at('2025-04-05T16:00:00Z'), from: 660, to: 600, name: 'AEST' },
      { at: at('2025-10-04T16:00:00Z'), from: 600, to: 660, name: 'AEDT' },
    ]);
  });

  it('sees no change in a zone whose summer time lasts all year', () => {
    const rules = tzifZoneRules(
      tzif({ types: [{ seconds: -18000, name: 'EST' }], footer: 'EST5EDT,0/0,J365/25' }),
      'America/Anywhere',
      2025,
    );
    expect(rules).toEqual({ zone: 'America/Anywhere', year: 2025, base: { offset: -240, name: 'EDT' }, transitions: [] });
  });

  it('refuses files it cannot read rightly: leap seconds, cut short, not TZif, a TZ string it does not know', () => {
    expect(tzifZoneRules(tzif({ types: [CET], footer: 'CET-1', leapSeconds: 1 }), 'right/Europe/Berlin', 2025)).toBeUndefined();
    expect(tzifZoneRules(tzif({ types: [CET], footer: 'CET-1' }).subarray(0, 60), 'Europe/Berlin', 2025)).toBeUndefined();
    expect(tzifZoneRules(Buffer.from('# tzdb data for Europe/Berlin\n'), 'Europe/Berlin', 2025)).toBeUndefined();
    expect(tzifZoneRules(tzif({ types: [CET], footer: 'CET-1CEST' }), 'Europe/Berlin', 2025)).toBeUndefined();
  });
});

describe("the machine's tz database", () => {
  const folder = '/usr/share/zoneinfo';

  // .ci/run installs tzdata, so CI always runs this; elsewhere a machine without the files skips it.
  it.runIf(existsSync(`${folder}/Europe/Berlin`))('gives every zone the offsets ICU gives, now and after its listed transitions', () => {
    const differ: string[] = [];
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      if (!existsSync(`${folder}/${zone}`)) continue;
      for (const year of [2025, 2040]) {
        const fromFile = tzifZoneRules(readFileSync(`${folder}/${zone}`), zone, year);
        const fromIcu = zoneRules(zone, year);
        const offsets = (rules: typeof fromFile) =>
          JSON.stringify(rules && [rules.base.offset, rules.transitions.map(({ at, from, to }) => [at, from, to])]);
        if (offsets(fromFile) !== offsets(fromIcu)) differ.push(`${zone} ${year}`);
      }
    }
    expect(differ).toEqual([]);
  });
});
