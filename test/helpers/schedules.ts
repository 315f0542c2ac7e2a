import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { inHome } from './run.js';

/** One event of a test's schedule: its frab id, start (HH:MM), duration (HH:MM), room and title. */
export interface TestEvent {
  id: number;
  /** The date it starts on, when not the day's own (an event after midnight). */
  date?: string;
  start: string;
  duration: string;
  room: string;
  title: string;
  /** Its abstract, as the XML's text (escape what XML would). */
  abstract?: string;
  /** Its speakers' names; none when left out. */
  speakers?: string[];
}

/** A frab schedule.xml of one day, 1 February 2025 in Europe/Brussels. */
export function oneDaySchedule(title: string, events: TestEvent[]): string {
  const rooms = [...new Set(events.map((event) => event.room))];
  const eventXml = (event: TestEvent) =>
    `<event guid="test-${event.id}" id="${event.id}"><date>${event.date ?? '2025-02-01'}T${event.start}:00+01:00</date><start>${event.start}</start>` +
    `<duration>${event.duration}</duration><room>${event.room}</room><title>${event.title}</title>` +
    `${event.abstract === undefined ? '' : `<abstract>${event.abstract}</abstract>`}` +
    `<persons>${(event.speakers ?? []).map((name) => `<person>${name}</person>`).join('')}</persons></event>`;
  const roomXml = (room: string) =>
    `<room name="${room}">${events
      .filter((event) => event.room === room)
      .map(eventXml)
      .join('')}</room>`;
  return `<?xml version="1.0"?><schedule><conference><title>${title}</title><time_zone_name>Europe/Brussels</time_zone_name></conference>
<day index="1" date="2025-02-01">${rooms.map(roomXml).join('')}</day></schedule>`;
}

/** A home that has imported a one-day schedule of these events, the conference it now uses. */
export async function homeWithOneDay(title: string, events: TestEvent[]): Promise<ReturnType<typeof inHome>> {
  const my = inHome();
  const file = join(my.home, 'schedule.xml');
  writeFileSync(file, oneDaySchedule(title, events));
  expect((await my.run(['import', file])).code).toBe(0);
  return my;
}

/**
 * A home that has imported a weekend in Europe/Brussels: on Saturday 1
 * February 2025 a hackathon from 10:00 to Monday 02:00 in the Lab, the
 * Opening at 10:00 and Night owls from 23:00 to 02:00 in the Hall, and a
 * Sunrise walk from 07:00 to 09:00, listed under Saturday; on Sunday, Demos
 * at 09:00, as the walk ends.
 */
export async function homeWithHackWeekend(): Promise<ReturnType<typeof inHome>> {
  const my = inHome();
  const event = (id: number, date: string, start: string, duration: string, room: string, title: string) =>
    `<event guid="hack-${id}" id="${id}"><date>${date}T${start}:00+01:00</date><start>${start}</start><duration>${duration}</duration>` +
    `<room>${room}</room><title>${title}</title><persons/></event>`;
  const file = join(my.home, 'hack.xml');
  writeFileSync(
    file,
    `<?xml version="1.0"?><schedule><conference><title>Hack Weekend</title><time_zone_name>Europe/Brussels</time_zone_name></conference>` +
      `<day index="1" date="2025-02-01"><room name="Lab">${event(1, '2025-02-01', '10:00', '40:00', 'Lab', 'The Hackathon')}</room>` +
      `<room name="Hall">${event(2, '2025-02-01', '10:00', '00:30', 'Hall', 'Opening')}${event(3, '2025-02-01', '23:00', '03:00', 'Hall', 'Night owls')}` +
      `${event(5, '2025-02-02', '07:00', '02:00', 'Hall', 'Sunrise walk')}</room></day>` +
      `<day index="2" date="2025-02-02"><room name="Hall">${event(4, '2025-02-02', '09:00', '00:30', 'Hall', 'Demos')}</room></day></schedule>`,
  );
  expect((await my.run(['import', file])).code).toBe(0);
  return my;
}
