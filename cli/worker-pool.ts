/*
 * A fixed pool of worker threads, each with a budget: every job runs in a worker whose heap is
 * capped (resourceLimits) and under a watchdog that stops it after `timeoutMs`. A job that breaks
 * its budget, or whose worker dies (a native crash), is answered through onCrash with the reason,
 * the worker is replaced, and every other job goes on. One job per worker at a time, so a stopped
 * worker takes no innocent job down with it and two big files never share one heap.
 * No job runs in the calling thread: there, nothing could stop it.
 */
import { Worker } from 'node:worker_threads';

/** Why a job got no answer from its worker. */
export type CrashReason = 'timeout' | 'memory' | 'crash';

interface Pending<J, O> {
  id: number;
  job: J;
  resolve: (o: O) => void;
}

interface Slot<J, O> {
  worker: Worker;
  job?: Pending<J, O>;
  timer?: NodeJS.Timeout;
  ready: boolean;
  /** Set when the watchdog stopped this worker: its exit is not a crash. */
  stopped?: boolean;
}

export interface PoolOptions<J, O> {
  entry: URL;
  size: number;
  onCrash: (job: J, reason: CrashReason, error: Error) => O;
  /** Wall-clock budget per job in ms (default: none). */
  timeoutMs?: number;
  /** Heap budget per worker in MiB (V8 old generation; default: V8's own). */
  maxHeapMb?: number;
}

export class WorkerPool<J, O> {
  private slots: Slot<J, O>[] = [];
  private queue: Pending<J, O>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly opts: PoolOptions<J, O>) {
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<J, O> {
    const worker = new Worker(this.opts.entry, {
      // The entry registers its own TS loader; inheriting tsx's --import as well (when the parent runs
      // under the tsx CLI) would register it twice.
      execArgv: [],
      ...(this.opts.maxHeapMb
        ? {
            resourceLimits: {
              maxOldGenerationSizeMb: this.opts.maxHeapMb,
              maxYoungGenerationSizeMb: Math.max(8, Math.round(this.opts.maxHeapMb / 8)),
            },
          }
        : {}),
    });
    const slot: Slot<J, O> = { worker, ready: false };
    worker.on('message', (msg: { id?: number; outcome?: O; ready?: boolean }) => {
      if (msg.ready) {
        // Jobs go only to workers that have loaded their modules, so a slow start delays nothing.
        slot.ready = true;
        this.pump();
        return;
      }
      const done = slot.job;
      if (!done || msg.id !== done.id) return;
      this.finish(slot);
      done.resolve(msg.outcome as O);
      this.pump();
    });
    const die = (reason: CrashReason, error: Error) => {
      const idx = this.slots.indexOf(slot);
      if (idx < 0) return;
      const lost = slot.job;
      this.finish(slot);
      if (this.closed) return;
      this.slots[idx] = this.spawn();
      if (lost) lost.resolve(this.opts.onCrash(lost.job, reason, error));
      this.pump();
    };
    worker.on('error', (e: Error & { code?: string }) =>
      die(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', e),
    );
    worker.on('exit', (code) => {
      if (!slot.stopped) die('crash', new Error(`worker exited with code ${code}`));
    });
    return slot;
  }

  private finish(slot: Slot<J, O>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
  }

  /** The watchdog: the job has had its time; stop the worker (a sync loop cannot be interrupted otherwise). */
  private stop(slot: Slot<J, O>): void {
    const idx = this.slots.indexOf(slot);
    if (idx < 0 || !slot.job) return;
    const lost = slot.job;
    this.finish(slot);
    slot.stopped = true;
    void slot.worker.terminate();
    this.slots[idx] = this.spawn();
    lost.resolve(this.opts.onCrash(lost.job, 'timeout', new Error(`over ${this.opts.timeoutMs} ms`)));
    this.pump();
  }

  run(job: J): Promise<O> {
    return new Promise<O>((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!this.queue.length || this.closed) return;
      if (!slot.ready || slot.job) continue;
      const next = this.queue.shift()!;
      slot.job = next;
      if (this.opts.timeoutMs) slot.timer = setTimeout(() => this.stop(slot), this.opts.timeoutMs);
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) {
      this.finish(s);
      s.stopped = true;
    }
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
