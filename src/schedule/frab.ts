/**
 * frab/pentabarf `schedule.xml` (voc/schedule's validator/xsd/schedule.xml.xsd)
 * → a ScheduleDocument. XML is read by xml.ts, never by regexes; a problem
 * comes with its line and column. Older pentabarf files have `<day date>`,
 * `<start>` and `<duration>` but no `<date>`.
 */
import { blankEvent, NAMED_FIELDS, type ScheduleDocument, type ScheduleEvent } from './conference.js';
import { decodeEntities } from './text.js';
import type { Utf8Bytes } from './utf8Bytes.js';
import { readXml, type XmlElement } from './xml.js';

export function readFrab(xml: Utf8Bytes, linesBefore: number): ScheduleDocument | { problem: string } {
  // Each event is read as it closes, in the order of the file, and left out of the tree.
  const events: ScheduleEvent[] = [];
  const read = readXml(xml, linesBefore, (element, inside) => {
    if (element.name !== 'event' || inside.length !== 3) return false;
    const [root, day, room] = inside as [XmlElement, XmlElement, XmlElement];
    if (root.name !== 'schedule' || day.name !== 'day' || room.name !== 'room') return false;
    events.push(readEvent(element, attribute(day, 'date'), attribute(room, 'name')));
    return true;
  });
  if ('problem' in read) return read;
  const { root } = read;
  const conference = root.name === 'schedule' ? childNamed(root, 'conference') : undefined;
  if (!conference) return { problem: 'its XML has no <schedule> with a <conference>, so it is not a frab schedule' };
  const days = childrenNamed(root, 'day');
  return {
    format: 'frab XML',
    title: textOf(conference, 'title'),
    acronym: textOf(conference, 'acronym'),
    zoneName: textOf(conference, 'time_zone_name'),
    version: textOf(root, 'version'),
    days: days.map((day) => ({ date: attribute(day, 'date'), start: attribute(day, 'start') })),
    events,
  };
}

/** The `<event>` children read as text: the named fields, and the room. */
const TEXT_FIELDS = new Set<string>([...NAMED_FIELDS, 'room']);

/** One pass over the event's children; of a field written twice, the first counts. */
function readEvent(element: XmlElement, day: string, roomName: string): ScheduleEvent {
  const event = blankEvent({ id: attribute(element, 'id'), guid: attribute(element, 'guid'), persons: [], room: '', day });
  const seen = new Set<string>();
  for (const child of element.children) {
    if (seen.has(child.name)) continue;
    seen.add(child.name);
    if (child.name === 'persons') event.persons = childrenNamed(child, 'person').map((person) => decodeEntities(person.text));
    else if (TEXT_FIELDS.has(child.name)) event[child.name as (typeof NAMED_FIELDS)[number] | 'room'] = decodeEntities(child.text);
  }
  event.room ||= roomName;
  return event;
}

function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The text of the first child named `name`, entities decoded; '' when there is none. */
function textOf(element: XmlElement, name: string): string {
  const child = childNamed(element, name);
  return child ? decodeEntities(child.text) : '';
}

function attribute(element: XmlElement, name: string): string {
  const value = element.attributes[name];
  return value === undefined ? '' : decodeEntities(value);
}
