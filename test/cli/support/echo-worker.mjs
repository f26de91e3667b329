// A pool worker for test/cli/worker-pool.test.ts: answers each job with its double, marked 'worker'.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (msg) => {
  if (msg.job.crash) process.exit(3);
  parentPort.postMessage({ id: msg.id, outcome: { n: msg.job.n * 2, by: 'worker' } });
});
parentPort.postMessage({ ready: true });
