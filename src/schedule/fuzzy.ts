/**
 * fuzzysort, loaded the first time a typo is looked for. Loading it compiles
 * a Unicode regex, a few milliseconds that every command would otherwise pay
 * at start-up, so it stays out of the bundle and is required from
 * node_modules, as luxon is (see bin/build.js).
 */
import { createRequire } from 'node:module';
import type Fuzzysort from 'fuzzysort';

let loaded: typeof Fuzzysort | undefined;

export function fuzzysort(): typeof Fuzzysort {
  loaded ??= createRequire(import.meta.url)('fuzzysort') as typeof Fuzzysort;
  return loaded;
}
