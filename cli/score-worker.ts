/* Pool worker: scores one file per message, keeps the parsed scheme and exceljs loaded between files. */
import { parentPort } from 'node:worker_threads';
import { scoreFile, type ScoreJob } from './score-file';

parentPort!.on('message', async (msg: { id: number; job: ScoreJob }) => {
  const outcome = await scoreFile(msg.job);
  parentPort!.postMessage({ id: msg.id, outcome });
});
parentPort!.postMessage({ ready: true });
