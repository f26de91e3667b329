// Drives scoreMany on worker threads from a script run by the tsx CLI (test/cli/run-score.test.ts):
// prints one line per outcome as it arrives, then "done".
import { scoreMany } from '../../../cli/run-score';

const files = process.argv.slice(2);
await scoreMany(
  files,
  { scheme: { kind: 'bundled', id: 'gbt27922-2011' }, lang: 'zh-CN' },
  {
    jobs: 3,
    onOutcome: (o) => process.stdout.write(`${JSON.stringify({ file: o.record.file, score: o.record.score })}\n`),
  },
);
process.stdout.write('done\n');
