/** The talk store a run uses, read and checked once however many parts of the command ask for it. */
import type { Ctx } from '../context.js';
import type { Store } from '../schedule/types.js';
import { loadStore } from '../store/loadStore.js';

const stores = new WeakMap<Ctx, Store>();

/** The talk store this run uses, read and checked once. */
export function openStore(ctx: Ctx): Store {
  let store = stores.get(ctx);
  if (!store) {
    store = loadStore(ctx.storePath);
    stores.set(ctx, store);
  }
  return store;
}
