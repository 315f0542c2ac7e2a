/**
 * The c3voc/pretalx `schedule.json` (voc/schedule's validator/json/schema.json)
 * → a ScheduleDocument: `schedule.conference.days[].rooms{name: events[]}`.
 * Persons carry `public_name` or `name`.
 */
import type { ScheduleDocument, ScheduleEvent } from './conference.js';

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
  return {
    id: text(event.id),
    guid: text(event.guid),
    title: text(event.title),
    subtitle: text(event.subtitle),
    track: text(event.track),
    type: text(event.type),
    language: text(event.language),
    url: text(event.url),
    abstract: text(event.abstract),
    description: text(event.description),
    persons: (Array.isArray(event.persons) ? event.persons : []).map((person) => {
      const fields = record(person);
      return text(fields.public_name) || text(fields.name) || (typeof person === 'string' ? person : '');
    }),
    room: text(event.room) || roomName,
    date: text(event.date),
    start: text(event.start),
    duration: text(event.duration),
    day,
  };
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}
