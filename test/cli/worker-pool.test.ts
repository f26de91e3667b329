import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../cli/worker-pool';

interface Job {
  n: number;
  crash?: boolean;
}
interface Out {
  n: number;
  by: string;
}

const entry = new URL('./support/echo-worker.mjs', import.meta.url);

describe('WorkerPool', () => {
  it('this thread takes jobs beside the workers (it needs no start-up); every job is answered once, by job', async () => {
    const pool = new WorkerPool<Job, Out>({
      entry,
      size: 1,
      local: async (job) => ({ n: job.n * 2, by: 'local' }),
      onCrash: (job) => ({ n: -job.n, by: 'crash' }),
    });
    try {
      const out = await Promise.all(Array.from({ length: 300 }, (_, n) => pool.run({ n })));
      expect(out.map((o) => o.n)).toEqual(Array.from({ length: 300 }, (_, n) => n * 2));
      // The worker is still loading when the first jobs come in: this thread has done those.
      expect(out[0]!.by).toBe('local');
      expect(out.filter((o) => o.by === 'local').length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies fails only its own job, through onCrash, and is replaced', async () => {
    const pool = new WorkerPool<Job, Out>({ entry, size: 1, onCrash: (job) => ({ n: -job.n, by: 'crash' }) });
    try {
      expect(await pool.run({ n: 5, crash: true })).toEqual({ n: -5, by: 'crash' });
      expect(await pool.run({ n: 6 })).toEqual({ n: 12, by: 'worker' });
    } finally {
      await pool.close();
    }
  });
});
