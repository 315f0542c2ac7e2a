/**
 * One run of a command: the environment (Ctx) and what the global options
 * say, read once before the command runs. Nothing writes into a Run
 * afterwards but its `outcome`, where a command that printed its answer
 * still reports failure (`itinerary --check`).
 */
import { type Ctx, wantsColor } from './context.js';
import { checkConferenceName } from './store/conferences.js';
import { checkZone } from './session/zones.js';
import { tzDatabase } from './store/tzDatabase.js';
import { pagerCommand } from './pager.js';

/** The global options as commander gives them. */
export interface GlobalOptions {
  json?: boolean;
  tz?: string;
  now?: string;
  store?: string;
  conference?: string;
  color?: boolean;
  pager?: boolean;
}

export interface Run extends Ctx {
  readonly json: boolean;
  readonly color: boolean;
  /** `--tz` as given (a checked IANA name, or `local`), undefined for the conference's zone. */
  readonly tz: string | undefined;
  /** `--now` or PYCON_NOW as given. */
  readonly now: string | undefined;
  /** `--store` or PYCON_STORE: a talk store file read instead of a conference's. */
  readonly storePath: string | undefined;
  /** `--conference` or PYCON_CONFERENCE, checked; undefined for the one in use. */
  readonly conference: string | undefined;
  /** The pager's shell command, or undefined when paging is off (see pager.ts). */
  readonly pager: string | undefined;
  readonly outcome: { exitCode: number };
}

export function startRun(ctx: Ctx, options: GlobalOptions, outcome: { exitCode: number }): Run {
  const json = options.json === true;
  return {
    ...ctx,
    json,
    color: wantsColor(ctx, json || options.color === false),
    tz: options.tz === undefined ? undefined : checkZone(options.tz, ctx.localZone, tzDatabase(ctx.env)),
    now: options.now ?? (ctx.env.PYCON_NOW || undefined),
    storePath: options.store ?? (ctx.env.PYCON_STORE || undefined),
    conference: conferenceOption(options.conference, ctx.env.PYCON_CONFERENCE || undefined),
    pager: pagerCommand(ctx.env, options.pager !== false),
    outcome,
  };
}

/** `--conference`, else PYCON_CONFERENCE; a name that cannot be one is said as it was given. */
function conferenceOption(flag: string | undefined, env: string | undefined): string | undefined {
  if (flag !== undefined) return checkConferenceName(flag, (example) => `--conference ${example}`);
  return env === undefined ? undefined : checkConferenceName(env, (example) => `PYCON_CONFERENCE=${example}`);
}
