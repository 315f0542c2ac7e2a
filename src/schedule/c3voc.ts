/**
 * The c3voc/pretalx `schedule.json` (voc/schedule's validator/json/schema.json)
 * → a ScheduleDocument: `schedule.conference.days[].rooms{name: events[]}`.
 * Persons carry `public_name` or `name`.
 */
import { asRecord, eventOf, type ScheduleDocument, type ScheduleEvent } from './conference.js';

export function readC3voc(data: unknown): ScheduleDocument | { problem: string } {
  const schedule = record(record(data).schedule);
  const conference = record(schedule.conference);
  if (!Array.isArray(conference.days)) return { problem: 'it is JSON, but not a schedule: it has no schedule.conference.days' };
  const days = conference.days.map(record);
  return {
    format: 'c3voc JSON',
    title: text(conference.title),
    acronym: text(conference.acronym),
    zoneName: text(conference.time_zone_name),
    version: text(schedule.version),
    days: days.map((day) => ({ date: text(day.date), start: text(day.day_start) })),
    events: days.flatMap((day) =>
      Object.entries(record(day.rooms)).flatMap(([room, events]) =>
        (Array.isArray(events) ? events : []).map((event) => readEvent(record(event), text(day.date), room)),
      ),
    ),
  };
}

function readEvent(event: Record<string, unknown>, day: string, roomName: string): ScheduleEvent {
  // A field written as an object with a name (a track as `{"name": "Web", "color": "#3aa57c"}`, as the conference lists them) is that name.
  return eventOf((name) => text(event[name]) || text(record(event[name]).name), {
    id: text(event.id),
    guid: text(event.guid),
    persons: (Array.isArray(event.persons) ? event.persons : []).map((person) => {
      const fields = record(person);
      return text(fields.public_name) || text(fields.name) || (typeof person === 'string' ? person : '');
    }),
    room: text(event.room) || roomName,
    day,
  });
}

const record = asRecord;

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}
