/**
 * The talk store a run uses, read and checked once however many parts of the
 * command ask for it: `--store` (or PYCON_STORE) names a file; otherwise it
 * is a conference's, the one `--conference` (or PYCON_CONFERENCE) names, else
 * the one in use, else PyCon US 2019 as bundled.
 */
import { existsSync } from 'node:fs';
import { bundledStore, pyconHome } from '../context.js';
import { UserError } from '../errors.js';
import { yoursAre } from '../render/words.js';
import { meantName } from '../schedule/editDistance.js';
import type { Run } from '../run.js';
import type { Store } from '../schedule/types.js';
import { BUNDLED_CONFERENCE, conferenceInUse, conferenceStorePath, importedConferences } from '../store/conferences.js';
import { loadStore, readStore } from '../store/loadStore.js';
import { resealStore } from '../store/reseal.js';
import { closeOutline, loadOutline, type WholeStoreNeed } from '../store/storeOutline.js';

const stores = new WeakMap<Run, Store>();
/** The file each opened store was read from. */
const paths = new WeakMap<Store, string>();

/** The file a store this process opened was read from. */
export function pathOfStore(store: Store): string | undefined {
  return paths.get(store);
}

/**
 * The talk store this run uses, read and checked once. From its outline when
 * it has a sealed one (store/storeOutline.ts): descriptions are read only
 * when something asks for one.
 */
export function openStore(ctx: Run): Store {
  // JSON prints every talk's description: read them all at once.
  if (ctx.json) return openWholeStore(ctx);
  let store = stores.get(ctx);
  if (!store) {
    const path = storePathOf(ctx);
    // Search text read whole means its own file is gone or spoiled: it is written again. Descriptions read whole
    // mean the store is not laid out for the outline to say where they lie, which writing again would not change.
    const loadWhole = (need: WholeStoreNeed) => (need === 'search text' ? readWhole(ctx, path, { derivedLost: true }) : loadStore(path));
    store = loadOutline(path, loadWhole) ?? readWhole(ctx, path, { derivedLost: true });
    keepOpened(ctx, store, path);
  }
  return store;
}

/**
 * The stores opened while one command line runs, by its outcome: the one
 * record every Run made for it shares, a Run made from another too (`join`
 * opens the store of the conference a code is for).
 */
const openedFor = new WeakMap<Run['outcome'], Store[]>();

/** Closes the files the stores opened for this command line keep open to read their talks as they are asked for; done when it ends. */
export function closeStores(ctx: Run): void {
  for (const store of openedFor.get(ctx.outcome) ?? []) closeOutline(store);
  openedFor.delete(ctx.outcome);
}

/**
 * From this many talks a command's loops over them run hot enough for V8 to
 * optimize them, which costs more than it saves before the run ends
 * (Ctx.skipOptimizingCompiler). On a conference of 1,530 talks skipping it
 * took 26 ms off a plan, and 6 to 22 million instructions off `days`,
 * `talks`, `now` and `speakers`, with 220 fewer pages of memory touched;
 * on PyCon's 95 it saves nothing, and asking Node for it costs 0.2 ms.
 * Such a run also keeps V8's young generation small (Ctx.keepYoungGenerationSmall):
 * grown, it is fresh memory, and a plan touched 255 pages more.
 */
const HOT_STORE_TALKS = 500;

/** Keeps the store opened for the rest of the run, and tells V8 when the run will be hot. */
function keepOpened(ctx: Run, store: Store, path: string): void {
  stores.set(ctx, store);
  paths.set(store, path);
  openedFor.set(ctx.outcome, [...(openedFor.get(ctx.outcome) ?? []), store]);
  if (store.talks.length >= HOT_STORE_TALKS) {
    ctx.skipOptimizingCompiler();
    ctx.keepYoungGenerationSmall();
  }
}

/**
 * The store at path, read whole. A conference's is sealed again with a new
 * outline and search text when it has none to trust (see store/reseal.ts),
 * so that the commands after read those; `derivedLost` says the outline or
 * the search text beside it could not be used, even if the store matches its seal.
 */
function readWhole(ctx: Run, path: string, { derivedLost }: { derivedLost: boolean }): Store {
  const read = readStore(path);
  const conferenceStore = ctx.storePath === undefined && path !== bundledStore();
  return conferenceStore && (derivedLost || !read.sealed) ? resealStore(path, read, ctx) : read.store;
}

/** The store at path, from its sealed outline when it has one, its descriptions read only if asked for. */
export function loadStoreOrOutline(path: string): Store {
  return loadOutline(path, () => loadStore(path)) ?? loadStore(path);
}

/** The talk store this run uses, descriptions and all: what --json prints. */
function openWholeStore(ctx: Run): Store {
  let store = stores.get(ctx);
  if (!store) {
    const path = storePathOf(ctx);
    store = readWhole(ctx, path, { derivedLost: false });
    keepOpened(ctx, store, path);
  }
  return store;
}

/** The conference a run reads when no --store is given: --conference, else the one in use, else the bundled one. */
export function conferenceOf(ctx: Pick<Run, 'conference' | 'env'>): string {
  return ctx.conference ?? conferenceInUse(pyconHome(ctx)) ?? BUNDLED_CONFERENCE;
}

export function storePathOf(ctx: Pick<Run, 'storePath' | 'conference' | 'env'>): string {
  if (ctx.storePath !== undefined) return ctx.storePath;
  const home = pyconHome(ctx);
  const name = conferenceOf(ctx);
  const imported = conferenceStorePath(home, name);
  if (existsSync(imported)) return imported;
  if (name === BUNDLED_CONFERENCE) return bundledStore();
  const names = [BUNDLED_CONFERENCE, ...importedConferences(home)];
  if (ctx.conference === undefined) {
    throw noConferenceNamed(name, names, { retry: (other) => `"pycon use ${other}"`, lead: `The conference in use, ${name}, is gone` });
  }
  // Named as the user gave it: PYCON_CONFERENCE is set in a shell, and may be forgotten there.
  const given =
    ctx.conference === ctx.env.PYCON_CONFERENCE
      ? (other: string) => `PYCON_CONFERENCE=${other}`
      : (other: string) => `--conference ${other}`;
  throw noConferenceNamed(name, names, { retry: given });
}

/**
 * That no conference has a name: the one probably meant, and what to type
 * for it (`retry`); else the names there are, and how to import one under
 * the name. `lead` replaces "No conference is named …", and asks for no guess.
 */
export function noConferenceNamed(name: string, names: string[], options: { retry: (name: string) => string; lead?: string }): UserError {
  const { retry, lead } = options;
  const meant = lead === undefined ? meantName(name, names) : undefined;
  if (meant !== undefined) return new UserError(`No conference is named ${name}; did you mean ${retry(meant)}?`);
  const pick = names.length === 1 ? `use it with ${retry(names[0] as string)}` : `pick one with ${retry('<name>')}`;
  return new UserError(
    `${lead ?? `No conference is named ${name}`}; ${yoursAre(names)}: ${pick}, or import one under that name with "pycon import <file or URL> --as ${name}".`,
  );
}
