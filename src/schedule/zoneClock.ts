/**
 * Clock times and instants in any zone, by the tz database (luxon): for
 * times outside the years a store's zone rules cover (zoneOffsets.ts does
 * the rest by arithmetic), and for zones other than the conference's.
 */
import { luxon } from './luxon.js';

/** The instant a time on the zone's clock (`Date.UTC` of its fields) names. */
export function instantOfWallClockIn(zone: string, wall: number): number {
  const fields = new Date(wall);
  return luxon()
    .fromObject(
      {
        year: fields.getUTCFullYear(),
        month: fields.getUTCMonth() + 1,
        day: fields.getUTCDate(),
        hour: fields.getUTCHours(),
        minute: fields.getUTCMinutes(),
        second: fields.getUTCSeconds(),
      },
      { zone },
    )
    .toMillis();
}

/** An instant as ISO 8601 with the zone's offset: `2019-05-04T14:40:00-04:00`. */
export function isoInZone(moment: number, zone: string): string {
  return luxon().fromMillis(moment, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}
