/**
 * Downloading a schedule with Node's own fetch: http and https, redirects
 * followed, one deadline for the whole exchange, and one sentence for each
 * way it fails (no such host, connection refused, no answer in time, an
 * answer that is not HTTP, an HTTP status). A conditional request, when the
 * last answer gave an ETag or a Last-Modified, lets the server say
 * "unchanged" without a body.
 */
import { UserError } from '../errors.js';
import { MAX_BYTES } from '../store/readFile.js';

export interface FetchOptions {
  timeoutMs: number;
  /** From the last answer, for a conditional request. */
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Told of the bytes received so far, as they arrive. */
  progress?: (received: number) => void;
}

export type Fetched =
  /** `redirectedTo`: the address the answer came from, when redirects led away from the URL asked. */
  | { changed: true; bytes: Uint8Array; etag?: string; lastModified?: string; redirectedTo?: string }
  | { changed: false; etag?: string; lastModified?: string };

export function isUrl(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

export async function fetchSchedule(url: string, options: FetchOptions): Promise<Fetched> {
  const headers: Record<string, string> = { accept: 'application/xml, application/json;q=0.9, text/plain;q=0.5, */*;q=0.1' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, { headers, redirect: 'follow', signal });
    const validators = {
      ...(response.headers.get('etag') ? { etag: response.headers.get('etag') as string } : {}),
      ...(response.headers.get('last-modified') ? { lastModified: response.headers.get('last-modified') as string } : {}),
    };
    if (response.status === 304) return { changed: false, ...validators };
    if (!response.ok) {
      await response.body?.cancel();
      throw new UserError(
        `${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}; ${whatToDo(response)}.`,
      );
    }
    const bytes = await readBody(response, url, options);
    return { changed: true, bytes, ...validators, ...(response.redirected ? { redirectedTo: response.url } : {}) };
  } catch (error) {
    throw explain(error, url, options.timeoutMs);
  }
}

/** What to do about an answer that is not the schedule, by its status. */
function whatToDo(response: Response): string {
  const { status } = response;
  if (status === 401 || status === 403) return 'the schedule is not public, or not yet, so check the URL';
  if (status === 429 || status === 503) return `the server is busy, so try again ${waitOf(response.headers.get('retry-after'))}`;
  return status >= 500 ? 'check the URL, or try again later' : 'check the URL';
}

/** `in 2 minutes` from a Retry-After in seconds; `later` for a date or none. */
function waitOf(retryAfter: string | null): string {
  const seconds = /^\d+$/.test(retryAfter?.trim() ?? '') ? Number(retryAfter) : Number.NaN;
  if (Number.isNaN(seconds)) return 'later';
  if (seconds < 60) return 'in a minute';
  const minutes = Math.ceil(seconds / 60);
  return minutes < 120 ? `in ${minutes} minutes` : `in ${Math.ceil(minutes / 60)} hours`;
}

async function readBody(response: Response, url: string, options: FetchOptions): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    received += chunk.length;
    if (received > MAX_BYTES) throw new UserError(`${url} sent more than 256 MB, far more than any schedule; check the URL.`);
    chunks.push(chunk);
    options.progress?.(received);
  }
  return Buffer.concat(chunks, received);
}

function explain(error: unknown, url: string, timeoutMs: number): UserError {
  if (error instanceof UserError) return error;
  const host = hostOf(url);
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new UserError(`${host} did not answer within ${Math.round(timeoutMs / 100) / 10} s; check your connection and try again.`);
  }
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return new UserError(`Cannot find the host ${host} (no such name in DNS); check the URL and your connection.`);
  }
  if (code === 'ECONNREFUSED') return new UserError(`${host} refused the connection; check the URL, or try again when the server is up.`);
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') {
    return new UserError(`${host} closed the connection mid-way; try again.`);
  }
  // Node's HTTP parser (llhttp) names what it could not read HPE_…: an SSH or mail server's greeting, say.
  if (code?.startsWith('HPE_'))
    return new UserError(`${host} did not answer in HTTP, so it is not a web server; check the URL and its port.`);
  if (cause?.message === 'redirect count exceeded') {
    return new UserError(`${url} redirects again and again (more than 20 times); check the URL.`);
  }
  if (cause?.message === 'URL scheme must be a HTTP(S) scheme') {
    return new UserError(
      `${url} redirects to an address that is not http or https; download the schedule another way and import the file.`,
    );
  }
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) {
    return new UserError(`Cannot download from ${host}: its certificate is not trusted (${code}); check the URL.`);
  }
  if (cause?.message === 'bad port') {
    return new UserError(
      `Cannot download ${url}: port ${new URL(url).port} belongs to another service, so web clients refuse it; check the URL.`,
    );
  }
  const reason = code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new UserError(`Cannot download ${url} (${reason}); check the URL and your connection.`);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
