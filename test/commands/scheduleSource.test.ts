import { describe, expect, it } from 'vitest';
import { readPipedIn } from '../../src/commands/scheduleSource.js';
import { testContext } from '../../src/context.js';
import { UserError } from '../../src/errors.js';
import type { Run } from '../../src/run.js';
import { MAX_BYTES } from '../../src/store/readFile.js';

describe('what is piped in', () => {
  it('is refused past 256 MB, as a file or a download is', async () => {
    // Zeroed memory the test never writes to: the kernel gives its pages only when touched.
    const ctx = { ...testContext(), readStdin: async () => new Uint8Array(MAX_BYTES + 1) } as unknown as Run;
    await expect(readPipedIn(ctx, 'schedule', 'nothing piped')).rejects.toThrow(
      new UserError('More than 256 MB is piped in, far more than any schedule; check what is piped in.'),
    );
    const whole = { ...testContext(), readStdin: async () => new Uint8Array(3) } as unknown as Run;
    expect(await readPipedIn(whole, 'schedule', 'nothing piped')).toHaveLength(3);
  });
});
