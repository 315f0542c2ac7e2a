/**
 * Times in any zone, through luxon; loaded only when --tz names a zone other
 * than the conference's. luxon is imported statically here and this module
 * is the one imported lazily: the bundle cannot import() an external package
 * (see bin/build.js).
 */
import { DateTime } from 'luxon';
import { WEEKDAYS } from '../schedule/time.js';
import type { LocalTime, TimeView } from './times.js';

export function luxonTimeView(zone: string): TimeView {
  const parts = (moment: DateTime): LocalTime => ({
    date: moment.toISODate() ?? '',
    weekday: WEEKDAYS[moment.weekday % 7] ?? '',
    time: moment.toFormat('HH:mm'),
  });
  return {
    zone,
    isConferenceZone: false,
    local: (iso) => parts(DateTime.fromISO(iso, { setZone: true }).setZone(zone)),
    localMs: (ms) => parts(DateTime.fromMillis(ms, { zone })),
  };
}
