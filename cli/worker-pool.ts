/*
 * A fixed pool of worker threads. Each worker holds up to `depth` jobs, so it never idles while
 * the main thread is busy handing back a result. A worker that dies (out of memory on a monstrous
 * file, a native crash) fails only its own jobs, through onCrash, and is replaced. With `local`, this
 * thread takes jobs too, one at a time: it has its modules loaded already, so it works from the first
 * millisecond while each worker spends ~0.4 s loading them.
 * Known limit: inside vitest's own test runner, a pool on score-worker.mjs (which registers tsx in
 * the worker) stops after the first results; under node, the tsx CLI or register() it runs through
 * (test/cli/run-score.test.ts). Cause not found yet.
 */
import { Worker } from 'node:worker_threads';

interface Pending<J, O> {
  id: number;
  job: J;
  resolve: (o: O) => void;
}

interface Slot<J, O> {
  worker: Worker;
  inflight: Map<number, Pending<J, O>>;
  ready: boolean;
}

export interface PoolOptions<J, O> {
  entry: URL;
  size: number;
  onCrash: (job: J, error: Error) => O;
  /** Jobs per worker at a time (default 2). */
  depth?: number;
  /** Runs a job in this thread (one at a time), beside the `size` workers. */
  local?: (job: J) => Promise<O>;
}

export class WorkerPool<J, O> {
  private slots: Slot<J, O>[] = [];
  private queue: Pending<J, O>[] = [];
  private nextId = 0;
  private closed = false;
  private localBusy = false;

  constructor(private readonly opts: PoolOptions<J, O>) {
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<J, O> {
    const worker = new Worker(this.opts.entry, {
      // The entry registers its own TS loader; inheriting tsx's --import as well (when the parent runs
      // under the tsx CLI) would register it twice.
      execArgv: [],
    });
    const slot: Slot<J, O> = { worker, inflight: new Map(), ready: false };
    worker.on('message', (msg: { id?: number; outcome?: O; ready?: boolean }) => {
      if (msg.ready) {
        // Jobs go only to workers that have loaded their modules, so a slow start delays nothing.
        slot.ready = true;
        this.pump();
        return;
      }
      const done = msg.id === undefined ? undefined : slot.inflight.get(msg.id);
      if (!done) return;
      slot.inflight.delete(done.id);
      done.resolve(msg.outcome as O);
      this.pump();
    });
    const die = (error: Error) => {
      const idx = this.slots.indexOf(slot);
      if (idx < 0) return;
      const lost = [...slot.inflight.values()];
      slot.inflight.clear();
      if (this.closed) return;
      this.slots[idx] = this.spawn();
      for (const p of lost) p.resolve(this.opts.onCrash(p.job, error));
      this.pump();
    };
    worker.on('error', die);
    worker.on('exit', (code) => die(new Error(`worker exited with code ${code}`)));
    return slot;
  }

  run(job: J): Promise<O> {
    return new Promise<O>((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    const depth = this.opts.depth ?? 2;
    // Fill the emptiest worker first, so jobs spread evenly.
    for (;;) {
      if (!this.queue.length) return;
      this.runLocal();
      if (!this.queue.length) return;
      const slot = this.slots.reduce<Slot<J, O> | undefined>(
        (best, s) => (s.ready && s.inflight.size < depth && (!best || s.inflight.size < best.inflight.size) ? s : best),
        undefined,
      );
      if (!slot) return;
      const next = this.queue.shift()!;
      slot.inflight.set(next.id, next);
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }

  /** One job in this thread, when it has none. */
  private runLocal(): void {
    const local = this.opts.local;
    if (!local || this.localBusy || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    this.localBusy = true;
    void local(next.job)
      .then(
        (o) => next.resolve(o),
        (e: unknown) => next.resolve(this.opts.onCrash(next.job, e instanceof Error ? e : new Error(String(e)))),
      )
      .finally(() => {
        this.localBusy = false;
        this.pump();
      });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
