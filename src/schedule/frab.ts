/**
 * frab/pentabarf `schedule.xml` (voc/schedule's validator/xsd/schedule.xml.xsd)
 * → a ScheduleDocument. XML is read by fast-xml-parser, never by regexes; its
 * validator gives the line and column of the first error. Older pentabarf
 * files have `<day date>`, `<start>` and `<duration>` but no `<date>`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { asRecord, eventOf, type ScheduleDocument, type ScheduleEvent } from './conference.js';
import { decodeEntities } from './text.js';

/** The elements that repeat, by path: an event's own <room> is text, though a day's <room> repeats. */
const REPEATED = new Set([
  'schedule.day',
  'schedule.day.room',
  'schedule.day.room.event',
  'schedule.day.room.event.persons.person',
  'schedule.day.room.event.links.link',
]);

export function readFrab(xml: string, linesBefore: number): ScheduleDocument | { problem: string } {
  const checked = XMLValidator.validate(xml);
  if (checked !== true) {
    const { line, col, msg } = checked.err;
    const open = /^Invalid '\[(.*)\]' found/.exec(msg.replace(/\s+/g, ' '));
    if (open) {
      const lines = xml.split('\n');
      const last = lines[lines.length - 1] ?? '';
      const unclosed = [...(open[1] ?? '').matchAll(/"([^"]+)"/g)].map((match) => `<${match[1]}>`);
      return {
        problem: `its XML ends at line ${lines.length + linesBefore}, column ${last.length + 1} with ${unclosed.join(', ')} still open, so the file looks cut short`,
      };
    }
    const said = msg
      .replace(/\.$/, '')
      .replace(
        /\(opened in line (\d+), col (\d+)\)/,
        (_whole, at: string, column: string) => `(opened at line ${Number(at) + linesBefore}, column ${column})`,
      );
    return { problem: `its XML is malformed at line ${line + linesBefore}, column ${col}: ${said}` };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    // Entities are decoded once, by text() below: the parser's own decoding costs a third of the read.
    processEntities: false,
    isArray: (_name, path) => REPEATED.has(String(path)),
  });
  const root = record(record(parser.parse(xml)).schedule);
  const conference = record(root.conference);
  if (!root.conference) return { problem: 'its XML has no <schedule> with a <conference>, so it is not a frab schedule' };
  const days = list(root.day).map(record);
  return {
    format: 'frab XML',
    title: text(conference.title),
    acronym: text(conference.acronym),
    zoneName: text(conference.time_zone_name),
    version: text(root.version),
    days: days.map((day) => ({ date: text(day['@date']), start: text(day['@start']) })),
    events: days.flatMap((day) =>
      list(day.room)
        .map(record)
        .flatMap((room) => list(room.event).map((event) => readEvent(record(event), text(day['@date']), text(room['@name'])))),
    ),
  };
}

function readEvent(event: Record<string, unknown>, day: string, roomName: string): ScheduleEvent {
  return eventOf((name) => text(event[name]), {
    id: text(event['@id']),
    guid: text(event['@guid']),
    persons: list(record(event.persons).person).map(text),
    room: text(event.room) || roomName,
    day,
  });
}

const record = asRecord;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** An element's text, entities decoded, whether the parser gave a string or an object with attributes. */
function text(value: unknown): string {
  if (typeof value === 'string') return decodeEntities(value);
  if (typeof value === 'number') return String(value);
  const inner = record(value)['#text'];
  return typeof inner === 'string' ? decodeEntities(inner) : typeof inner === 'number' ? String(inner) : '';
}
