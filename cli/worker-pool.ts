/*
 * A fixed pool of worker threads, one job at a time each. A worker that dies (out of memory on a
 * monstrous file, a native crash) fails only its current job, through onCrash, and is replaced.
 */
import { Worker } from 'node:worker_threads';

interface Slot<J, O> {
  worker: Worker;
  current: { id: number; job: J; resolve: (o: O) => void } | null;
}

export interface PoolOptions<J, O> {
  entry: URL;
  size: number;
  onCrash: (job: J, error: Error) => O;
  /** Heap cap per worker, so one huge file cannot take the machine down. */
  maxOldGenerationSizeMb?: number;
}

export class WorkerPool<J, O> {
  private slots: Slot<J, O>[] = [];
  private queue: { id: number; job: J; resolve: (o: O) => void }[] = [];
  private nextId = 0;
  private closed = false;

  constructor(private readonly opts: PoolOptions<J, O>) {
    for (let i = 0; i < opts.size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<J, O> {
    const worker = new Worker(this.opts.entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb ?? 1536 },
      stdout: false,
      stderr: false,
    });
    const slot: Slot<J, O> = { worker, current: null };
    worker.on('message', (msg: { id?: number; outcome?: O }) => {
      if (msg.id === undefined || !slot.current || slot.current.id !== msg.id) return;
      const done = slot.current;
      slot.current = null;
      done.resolve(msg.outcome as O);
      this.pump();
    });
    const die = (error: Error) => {
      const idx = this.slots.indexOf(slot);
      if (idx < 0) return;
      const lost = slot.current;
      slot.current = null;
      if (this.closed) return;
      this.slots[idx] = this.spawn();
      if (lost) lost.resolve(this.opts.onCrash(lost.job, error));
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
    for (const slot of this.slots) {
      if (slot.current || !this.queue.length) continue;
      const next = this.queue.shift()!;
      slot.current = next;
      slot.worker.postMessage({ id: next.id, job: next.job });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
