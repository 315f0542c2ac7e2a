import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeHome, repoRoot, run } from '../helpers/run.js';

const source = join(repoRoot, 'data', 'pycon-2019-talks.txt');

describe('options are checked before anything is written', () => {
  it('refuses a --first-day that does not exist', async () => {
    const out = join(makeHome(), 'store.json');
    expect(await run(['parse', source, '--first-day', '2019-02-30', '-o', out])).toEqual({
      stdout: '',
      stderr: 'pycon: Cannot read --first-day "2019-02-30"; give a date that exists, such as 2019-05-03.\n',
      code: 2,
    });
  });

  it('refuses --timezone local, which would store the word, and a zone that does not exist', async () => {
    expect(await run(['parse', source, '--timezone', 'local'], { localZone: 'Europe/Berlin' })).toEqual({
      stdout: '',
      stderr:
        'pycon: --timezone names where the conference is, so it takes an IANA name such as America/New_York, not "local" (here Europe/Berlin).\n',
      code: 2,
    });
    expect(await run(['parse', source, '--timezone', 'Mars/Olympus'])).toEqual({
      stdout: '',
      stderr: 'pycon: Unknown time zone "Mars/Olympus"; use an IANA name such as --timezone America/New_York.\n',
      code: 2,
    });
  });

  it('takes an --alarm of at most a week', async () => {
    expect((await run(['export', '--all', '--room', '26', '--alarm', '10080'])).code).toBe(0);
    expect(await run(['export', '--all', '--alarm', '10081'])).toEqual({
      stdout: '',
      stderr: `pycon: option '--alarm <minutes>' argument '10081' is invalid: give at most a week, 10080 minutes; see "pycon export --help".\n`,
      code: 2,
    });
  });

  it('refuses a --now or --at outside 1900–2100', async () => {
    expect(await run(['now', '--now', '20190-05-04T14:40:00Z'])).toMatchObject({ code: 2 });
    expect(await run(['now', '--now', '2500-01-01T10:00Z'])).toEqual({
      stdout: '',
      stderr: 'pycon: --now "2500-01-01T10:00Z" is outside the years 1900–2100; check the year, as in 2019-05-04T14:40-04:00.\n',
      code: 2,
    });
    expect((await run(['talks', '--at', '1899-12-31 10:00'])).stderr).toBe(
      'pycon: --at "1899-12-31 10:00" is outside the years 1900–2100; check the year, as in 2019-05-04T14:40-04:00.\n',
    );
    expect((await run(['now', '--now', '1900-01-01T00:00Z'])).code).toBe(0);
  });
});
