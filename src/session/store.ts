/** The talk store a run uses, read and checked once however many parts of the command ask for it. */
import type { Run } from '../run.js';
import type { Store } from '../schedule/types.js';
import { loadStore } from '../store/loadStore.js';

const stores = new WeakMap<Run, Store>();

/** The talk store this run uses, read and checked once. */
export function openStore(ctx: Run): Store {
  let store = stores.get(ctx);
  if (!store) {
    store = loadStore(ctx.storePath);
    stores.set(ctx, store);
  }
  return store;
}
