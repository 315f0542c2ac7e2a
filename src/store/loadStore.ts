/**
 * Reading a talk store from disk and checking it is one this version understands.
 */
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { STORE_SCHEMA_VERSION, type Store, type Talk } from '../schedule/types.js';

export function loadStore(path: string): Store {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError(`No talk store at ${path}; check --store or PYCON_STORE, or run "npm install" to rebuild the bundled one.`);
    }
    throw new UserError(`Cannot read the talk store ${path} (${code ?? String(error)}); check its permissions.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw corrupt(path, 'it is not valid JSON');
  }
  return validateStore(data, path);
}

function corrupt(path: string, why: string): UserError {
  return new UserError(`The talk store ${path} is damaged (${why}); rebuild it with "pycon parse <source> -o ${path}".`);
}

export function validateStore(data: unknown, path: string): Store {
  if (!isObject(data)) throw corrupt(path, 'it is not a JSON object');
  if (data.schemaVersion !== STORE_SCHEMA_VERSION) {
    throw new UserError(
      `The talk store ${path} has schema version ${JSON.stringify(data.schemaVersion)}, but this pycon reads version ${STORE_SCHEMA_VERSION}; rebuild it with "pycon parse <source> -o ${path}".`,
    );
  }
  const conference = data.conference;
  if (!isObject(conference) || !isString(conference.name) || !isString(conference.timezone) || !isString(conference.location) || !isStringArray(conference.days)) {
    throw corrupt(path, 'its "conference" needs name, timezone, location and days');
  }
  if (!isStringArray(data.rooms)) throw corrupt(path, '"rooms" must be a list of names');
  if (!Array.isArray(data.talks)) throw corrupt(path, '"talks" must be a list');
  data.talks.forEach((talk, index) => {
    if (!isTalk(talk)) throw corrupt(path, `talk ${index + 1} lacks a field or has one of the wrong type`);
  });
  const searchText = data.searchText;
  if (searchText !== undefined && !(Array.isArray(searchText) && searchText.length === data.talks.length && searchText.every(isSearchText))) {
    throw corrupt(path, '"searchText" must hold the folded text of each talk, in order');
  }
  return data as unknown as Store;
}

function isTalk(value: unknown): value is Talk {
  return (
    isObject(value) &&
    isString(value.id) &&
    isString(value.title) &&
    isStringArray(value.speakers) &&
    isString(value.day) &&
    isString(value.date) &&
    isString(value.start) &&
    isString(value.end) &&
    isString(value.room) &&
    isString(value.description)
  );
}

function isSearchText(value: unknown): boolean {
  return isObject(value) && isString(value.title) && isString(value.speakers) && isString(value.description);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}
