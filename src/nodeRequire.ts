/**
 * require() for what pycon loads only when it is used: luxon and fuzzysort,
 * kept out of the bundle, and the Node modules that would cost every start
 * time (node:tty, node:v8, node:os).
 *
 * In the bundle, node:module is bin/moduleStub.js, whose createRequire gives
 * the bundle's own require: loading node:module, and working out
 * import.meta.url, would cost every start about a millisecond.
 */
import { createRequire } from 'node:module';

let required: NodeJS.Require | undefined;

export function nodeRequire<T>(id: string): T {
  required ??= createRequire(import.meta.url);
  return required(id) as T;
}
