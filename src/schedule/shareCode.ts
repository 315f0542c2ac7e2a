/**
 * A share code: one line that carries an itinerary from one pycon to another
 * through a chat. `pycon1.` and then, base64url, the zlib-compressed JSON
 * `{c: conference, u: [uid, …], o?: where the schedule came from}`. zlib's
 * checksum catches a code damaged on the way; uids, not ids, name the talks,
 * as they survive a retitle.
 */
import { deflateSync, inflateSync } from 'node:zlib';

const PREFIX = 'pycon1.';
/** Codes longer than this are not pycon's (a thousand talks make about 20 kB). */
const MAX_LENGTH = 200_000;

export interface Shared {
  conference: string;
  uids: string[];
  /** The URL the sharer's schedule was imported from, to tell the friend how to import it. */
  origin?: string;
}

export class ShareCodeError extends Error {}

export function encodeShare(shared: Shared): string {
  const json = JSON.stringify({ c: shared.conference, u: shared.uids, ...(shared.origin ? { o: shared.origin } : {}) });
  return `${PREFIX}${deflateSync(json, { level: 9 }).toString('base64url')}`;
}

/** An http or https URL: the only origin a code may name, since the friend is told to import it. */
function isWebAddress(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function decodeShare(code: string): Shared {
  const text = code.trim();
  if (!text.startsWith(PREFIX) || text.length > MAX_LENGTH) {
    throw new ShareCodeError(`this is not a pycon share code, which starts "${PREFIX}"`);
  }
  const body = text.slice(PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) throw new ShareCodeError('the code holds characters a share code never does');
  let data: unknown;
  try {
    data = JSON.parse(inflateSync(Buffer.from(body, 'base64url'), { maxOutputLength: 10 * MAX_LENGTH }).toString('utf8'));
  } catch {
    throw new ShareCodeError('the code is damaged: cut short, or changed on the way');
  }
  const { c, u, o } = (data ?? {}) as { c?: unknown; u?: unknown; o?: unknown };
  if (typeof c !== 'string' || !Array.isArray(u) || !u.every((uid) => typeof uid === 'string') || (o !== undefined && !isWebAddress(o))) {
    throw new ShareCodeError('the code is damaged: it does not hold a conference and its talks');
  }
  return { conference: c, uids: u as string[], ...(typeof o === 'string' ? { origin: o } : {}) };
}
