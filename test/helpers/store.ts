/** Talk stores made for a test: the bundled one, changed, written to a private folder. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../src/schedule/types.js';
import { bundledStore, makeHome } from './run.js';

export function bundledStoreData(): Store {
  return JSON.parse(readFileSync(bundledStore, 'utf8')) as Store;
}

/** Writes the bundled store, after `change`, to a new file and returns its path. */
export function writeStore(change: (store: Store) => void = () => {}): string {
  const store = bundledStoreData();
  change(store);
  const path = join(makeHome(), 'store.json');
  writeFileSync(path, JSON.stringify(store));
  return path;
}

/** Every control character a terminal would act on: C0 but tab and newline, DEL, C1, and those that turn the direction of text. */
export const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
