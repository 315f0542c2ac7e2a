import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

describe('list commands piped', () => {
  it('print tab-separated lines without a header, with ISO times', async () => {
    expect((await run(['days'])).stdout).toBe(
      [
        '2019-05-03\tFriday\t40\t2019-05-03T10:50:00-04:00\t2019-05-03T17:40:00-04:00',
        '2019-05-04\tSaturday\t40\t2019-05-04T10:50:00-04:00\t2019-05-04T17:40:00-04:00',
        '2019-05-05\tSunday\t15\t2019-05-05T13:10:00-04:00\t2019-05-05T15:00:00-04:00',
        '',
      ].join('\n'),
    );
    expect((await run(['rooms'])).stdout.split('\n')[0]).toBe('Atrium Ballroom AB\t8\t8\t3\t19');
    expect((await run(['speakers'])).stdout.split('\n')[0]).toMatch(/^[^\t]+\t1$/);
  });
});
