/**
 * fuzzysort, loaded the first time a typo is looked for. Loading it compiles
 * a Unicode regex, a few milliseconds that every command would otherwise pay
 * at start-up, so it stays out of the bundle and is required from
 * node_modules, as luxon is (see bin/build.js).
 */
import type Fuzzysort from 'fuzzysort';
import { nodeRequire } from '../nodeRequire.js';

let loaded: typeof Fuzzysort | undefined;

export function fuzzysort(): typeof Fuzzysort {
  loaded ??= nodeRequire<typeof Fuzzysort>('fuzzysort');
  return loaded;
}
