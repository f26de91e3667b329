import { describe, expect, it } from 'vitest';
import { WorkerPool, type CrashReason } from '../../cli/worker-pool';

interface Job {
  n: number;
  crash?: boolean;
  spinMs?: number;
  hog?: boolean;
}
interface Out {
  n: number;
  by: string;
}

const entry = new URL('./support/echo-worker.mjs', import.meta.url);
const onCrash = (job: Job, reason: CrashReason): Out => ({ n: -job.n, by: reason });

describe('WorkerPool', () => {
  it('every job is answered once, in its own order, by the workers', async () => {
    const pool = new WorkerPool<Job, Out>({ entry, size: 2, onCrash });
    try {
      const out = await Promise.all(Array.from({ length: 300 }, (_, n) => pool.run({ n })));
      expect(out).toEqual(Array.from({ length: 300 }, (_, n) => ({ n: n * 2, by: 'worker' })));
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies fails only its own job, through onCrash, and is replaced', async () => {
    const pool = new WorkerPool<Job, Out>({ entry, size: 1, onCrash });
    try {
      expect(await pool.run({ n: 5, crash: true })).toEqual({ n: -5, by: 'crash' });
      expect(await pool.run({ n: 6 })).toEqual({ n: 12, by: 'worker' });
    } finally {
      await pool.close();
    }
  });

  it('the watchdog stops a job past its time budget; the jobs beside and after it are answered', async () => {
    const pool = new WorkerPool<Job, Out>({ entry, size: 2, onCrash, timeoutMs: 400 });
    try {
      // The 60 s job is answered `timeout` by the watchdog (a hang would end this test at its own timeout instead).
      const out = await Promise.all([pool.run({ n: 1, spinMs: 60_000 }), pool.run({ n: 2 }), pool.run({ n: 3 })]);
      expect(out).toEqual([
        { n: -1, by: 'timeout' },
        { n: 4, by: 'worker' },
        { n: 6, by: 'worker' },
      ]);
      expect(await pool.run({ n: 4 })).toEqual({ n: 8, by: 'worker' });
    } finally {
      await pool.close();
    }
  });

  it('a job past its memory budget is stopped and said to be so; the next job runs in a fresh worker', async () => {
    const pool = new WorkerPool<Job, Out>({ entry, size: 1, onCrash, maxHeapMb: 32 });
    try {
      expect(await pool.run({ n: 7, hog: true })).toEqual({ n: -7, by: 'memory' });
      expect(await pool.run({ n: 8 })).toEqual({ n: 16, by: 'worker' });
    } finally {
      await pool.close();
    }
  });
});
