import type { Command } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { UsageError, UserError } from '../errors.js';
import { filterTalks } from '../schedule/query.js';
import { talkVersion } from '../schedule/changes.js';
import { byTime } from '../schedule/time.js';
import { formatWhen } from '../render/changes.js';
import { conferenceTimeView } from '../render/times.js';
import type { Store, Talk, TzData, ZoneRules } from '../schedule/types.js';
import { openItinerary, reportMissing } from '../itinerary.js';
import { writeFileAtomic } from '../store/atomicWrite.js';
import { tzDatabase } from '../store/tzDatabase.js';
import { conferenceZone } from '../session/zones.js';
import { openStore } from '../session/store.js';
import { resolveFilter, type FilterFlags } from '../session/filters.js';
import { examples } from './help.js';
import { itineraryOption } from './itineraryOption.js';
import { filterOptions, parseAlarm, parsePath } from './options.js';
import { plural } from '../render/words.js';
import type { Run } from '../run.js';

export interface ExportOptions extends FilterFlags {
  all?: boolean;
  itinerary: string;
  alarm?: number;
  output?: string;
  /** False with --no-cancelled. */
  cancelled?: boolean;
}

export function registerExport(program: Command, run: () => Run): void {
  itineraryOption(
    filterOptions(
      program
        .command('export')
        .description('your itinerary, or all talks, as an iCalendar file for any calendar app')
        .option('--all', 'all talks instead of your itinerary'),
    )
      .option('--alarm <minutes>', 'a reminder this many minutes before each talk (at most a week, 10080)', parseAlarm)
      .option('-o, --output <file>', 'write to this file ("-" for stdout, the default)', parsePath)
      .option('--no-cancelled', 'leave out the talks of your itinerary an update cancelled (by default they are exported as cancelled)'),
  )
    .addHelpText(
      'after',
      examples(['pycon export -o pycon.ics', 'pycon export --all --day saturday -o saturday.ics', 'pycon export --alarm 10 > pycon.ics']),
    )
    .action((options: ExportOptions) => runExport(options, run()));
}

export async function runExport(options: ExportOptions, ctx: Run): Promise<void> {
  if (ctx.json) {
    throw new UsageError(
      'export writes iCalendar, not JSON; leave out --json, or use "pycon itinerary --json" or "pycon talks --json" for JSON.',
    );
  }
  const store = openStore(ctx);
  const filter = await resolveFilter(ctx, store, options);
  let talks: Talk[];
  let cancelled: Talk[] = [];
  if (options.all) {
    talks = filterTalks(store.talks, filter);
  } else {
    const itinerary = openItinerary(ctx, store, options.itinerary);
    reportMissing(ctx, itinerary);
    if (itinerary.talks.length === 0 && itinerary.cancelled.length === 0) {
      throw new UserError(
        `Itinerary ${itinerary.name} is empty, so there is nothing to export; add talks with "pycon add <talk>", or export every talk with --all.`,
      );
    }
    cancelled = options.cancelled === false ? [] : filterTalks(itinerary.cancelled, filter);
    talks = [...filterTalks(itinerary.talks, filter), ...cancelled].sort(byTime);
  }
  if (talks.length === 0) throw new UserError('No talks match these filters, so there is nothing to export; try without them.');

  const calendar = await renderStoreCalendar(
    store,
    tzDatabase(ctx.env),
    talks,
    new Set(cancelled),
    options.all ? store.conference.title : `${store.conference.title}: ${options.itinerary}`,
    options.alarm,
  );
  if (options.output === undefined || options.output === '-') {
    ctx.stdout.write(calendar);
    return;
  }
  writeFileAtomic(options.output, calendar);
  ctx.stderr.write(`Wrote ${plural(talks.length, 'talk')} to ${options.output}\n`);
}

async function renderStoreCalendar(
  store: Store,
  tzdata: TzData,
  talks: Talk[],
  cancelled: Set<Talk>,
  name: string,
  alarmMinutes: number | undefined,
): Promise<string> {
  const [{ renderCalendar, utcStamp }, { renderVTimezone, shownTwice }] = await Promise.all([
    import('../render/ics.js'),
    import('../render/vtimezone.js'),
  ]);
  const { days, title } = store.conference;
  const firstDay = days[0] ?? talks[0]?.date ?? '1970-01-01';
  const { zone, rules } = await zoneRulesFor(store, Number(firstDay.slice(0, 4)), tzdata);
  const stamp = `${firstDay.replace(/-/g, '')}T000000Z`;
  const view = conferenceTimeView(zone, rules);
  return renderCalendar(talks, {
    productId: `-//pycon//pycon ${packageJson.version}//EN`,
    name,
    conference: store.conference.name,
    category: title,
    timezone: zone,
    vtimezone: renderVTimezone(zone, rules),
    shownTwice: shownTwice(rules),
    stamp,
    alarmMinutes,
    versionOf: (talk) => {
      const { sequence, changedAt, movedFrom } = talkVersion(store, talk.uid);
      return {
        sequence,
        stamp: changedAt === undefined ? stamp : utcStamp(changedAt),
        cancelled: cancelled.has(talk),
        movedFrom: movedFrom && `${movedFrom.room}, ${formatWhen(view, movedFrom.start)}`,
      };
    },
  });
}

/** The conference zone's rules for `year`: those the store was made with, else from the tz database's files or ICU, as an import finds them. */
async function zoneRulesFor(store: Store, year: number, tzdata: TzData): Promise<{ zone: string; rules: ZoneRules }> {
  const { timezone, zoneRules: stored } = store.conference;
  if (stored?.zone === timezone && stored.year === year) return { zone: timezone, rules: stored };
  const zone = conferenceZone(store);
  const { zoneRules } = await import('../schedule/zoneRules.js');
  return { zone, rules: zoneRules(zone, year, tzdata) };
}
