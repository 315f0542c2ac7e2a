/**
 * A zone's rules read from the tz database's compiled files (TZif, RFC 8536),
 * as /usr/share/zoneinfo holds them: the same rules ICU has, without the
 * 20–30 ms ICU takes to start, and the tz database's own short names (CET,
 * CEST). A file's transitions end with the last change of rules; the POSIX
 * TZ string at its end (`CET-1CEST,M3.5.0,M10.5.0/3`) gives the later ones.
 */
import { type LocalTime, type PosixZone, posixChanges, posixLocalTimeAt, readPosixZone } from './posixZone.js';
import type { ZoneRules } from './types.js';

interface Tzif {
  /** Epoch ms of each transition, in order, and the local time each starts. */
  transitions: { at: number; local: LocalTime }[];
  /** The local time before the first transition. */
  first: LocalTime;
  /** For instants after the last transition. */
  later: PosixZone | undefined;
}

const HEADER_BYTES = 44;

/** The zone's offsets over `year` from its TZif file; undefined when the bytes are not one pycon can read. */
export function tzifZoneRules(bytes: Uint8Array, zone: string, year: number): ZoneRules | undefined {
  const tzif = readTzif(bytes);
  if (!tzif) return undefined;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const lastAt = tzif.transitions.at(-1)?.at ?? Number.NEGATIVE_INFINITY;
  const changes = tzif.transitions.map((transition) => transition.at);
  if (tzif.later)
    for (let y = year - 1; y <= year + 1; y++)
      changes.push(
        ...posixChanges(tzif.later, y)
          .map((change) => change.at)
          .filter((at) => at > lastAt),
      );
  const base = localTimeAt(tzif, start);
  const transitions: ZoneRules['transitions'] = [];
  for (const at of [...new Set(changes)].sort((a, b) => a - b)) {
    if (at <= start || at >= end) continue;
    const from = localTimeAt(tzif, at - 1).offset;
    const to = localTimeAt(tzif, at);
    if (from !== to.offset) transitions.push({ at, from, to: to.offset, name: to.name });
  }
  return { zone, year, base: { offset: base.offset, name: base.name }, transitions };
}

function localTimeAt(tzif: Tzif, ms: number): LocalTime {
  const { transitions, later } = tzif;
  const last = transitions.at(-1);
  if (later && (last === undefined || ms > last.at)) return posixLocalTimeAt(later, ms);
  let low = 0;
  let high = transitions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((transitions[middle] as Tzif['transitions'][number]).at <= ms) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? tzif.first : (transitions[low - 1] as Tzif['transitions'][number]).local;
}

/**
 * The header, then the version 1 data (32-bit times), then from version 2 on
 * the same again with 64-bit times, then the TZ string between newlines.
 * Files with leap seconds (the `right/` zones) count time differently and
 * are not read.
 */
function readTzif(bytes: Uint8Array): Tzif | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (String.fromCharCode(...bytes.subarray(0, 4)) !== 'TZif') return undefined;
    const version = bytes[4] ?? 0;
    let header = readCounts(view, 0);
    let at = HEADER_BYTES;
    let timeBytes = 4;
    if (version >= 0x32) {
      at += dataBytes(header, 4);
      header = readCounts(view, at);
      at += HEADER_BYTES;
      timeBytes = 8;
    }
    const { timeCount, typeCount, charCount, leapCount } = header;
    if (leapCount > 0 || typeCount === 0) return undefined;
    const typesAt = at + timeCount * timeBytes;
    const localsAt = typesAt + timeCount;
    const namesAt = localsAt + typeCount * 6;
    const names = bytes.subarray(namesAt, namesAt + charCount);
    const locals: LocalTime[] = [];
    for (let i = 0; i < typeCount; i++) {
      const seconds = view.getInt32(localsAt + i * 6);
      const nameAt = view.getUint8(localsAt + i * 6 + 5);
      const nameEnd = names.indexOf(0, nameAt);
      locals.push({
        offset: Math.round(seconds / 60),
        name: String.fromCharCode(...names.subarray(nameAt, nameEnd === -1 ? undefined : nameEnd)),
      });
    }
    const transitions: Tzif['transitions'] = [];
    for (let i = 0; i < timeCount; i++) {
      const seconds = timeBytes === 8 ? Number(view.getBigInt64(at + i * 8)) : view.getInt32(at + i * 4);
      const local = locals[view.getUint8(typesAt + i)];
      if (local === undefined) return undefined;
      transitions.push({ at: seconds * 1000, local });
    }
    let later: PosixZone | undefined;
    if (version >= 0x32) {
      const footerAt = at + dataBytes(header, 8);
      const footerEnd = bytes.indexOf(0x0a, footerAt + 1);
      if (bytes[footerAt] !== 0x0a || footerEnd === -1) return undefined;
      const text = String.fromCharCode(...bytes.subarray(footerAt + 1, footerEnd));
      if (text !== '') {
        later = readPosixZone(text);
        if (!later) return undefined;
      }
    }
    return { transitions, first: locals[0] as LocalTime, later };
  } catch {
    // A count that runs past the end of the file.
    return undefined;
  }
}

interface Counts {
  utcCount: number;
  standardCount: number;
  leapCount: number;
  timeCount: number;
  typeCount: number;
  charCount: number;
}

function readCounts(view: DataView, at: number): Counts {
  const count = (index: number) => view.getUint32(at + 20 + index * 4);
  return {
    utcCount: count(0),
    standardCount: count(1),
    leapCount: count(2),
    timeCount: count(3),
    typeCount: count(4),
    charCount: count(5),
  };
}

function dataBytes(counts: Counts, timeBytes: number): number {
  return (
    counts.timeCount * (timeBytes + 1) +
    counts.typeCount * 6 +
    counts.charCount +
    counts.leapCount * (timeBytes + 4) +
    counts.standardCount +
    counts.utcCount
  );
}
