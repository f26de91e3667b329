// A pool worker for test/cli/worker-pool.test.ts: answers each job with its double, marked 'worker';
// `crash` exits, `spinMs` busy-loops (a file that never ends), `hog` allocates until the heap is full.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (msg) => {
  if (msg.job.crash) process.exit(3);
  if (msg.job.spinMs) {
    const until = Date.now() + msg.job.spinMs;
    while (Date.now() < until);
  }
  if (msg.job.hog) {
    const keep = [];
    for (;;) keep.push(new Array(100_000).fill(keep.length));
  }
  parentPort.postMessage({ id: msg.id, outcome: { n: msg.job.n * 2, by: 'worker' } });
});
parentPort.postMessage({ ready: true });
