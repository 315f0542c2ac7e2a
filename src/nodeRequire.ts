/**
 * require() for what pycon loads only when it is used: luxon and fuzzysort,
 * kept out of the bundle, and the Node modules that would cost every start
 * time (node:tty, node:v8, node:os).
 *
 * The bundle is a CommonJS module: its own require resolves from dist/, and
 * is used as it is. Working out import.meta.url there (0.3 ms, loading
 * node:url) would be spent on every run that loads one, and node:module is
 * not loaded at all (bin/moduleStub.js stands in for it). Run from src/ as
 * ES modules, as the tests do, there is no require, and one is made.
 */
import { createRequire } from 'node:module';

let required: NodeJS.Require | undefined;

export function nodeRequire<T>(id: string): T {
  required ??= typeof require === 'function' ? require : createRequire(import.meta.url);
  return required(id) as T;
}
