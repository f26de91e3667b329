/*
 * Writes schema/score-record.schema.json from core's zod schema of the CLI's JSON Lines record
 * (core/score-record.ts). Run `npm run schema` after changing the record; test/schema checks the
 * file is up to date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scoreRecordJsonSchema } from '../core/score-record';

export const SCORE_RECORD_SCHEMA_FILE = fileURLToPath(new URL('./score-record.schema.json', import.meta.url));

export function scoreRecordSchemaText(): string {
  return `${JSON.stringify(scoreRecordJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCORE_RECORD_SCHEMA_FILE, scoreRecordSchemaText());
  console.log(`wrote ${SCORE_RECORD_SCHEMA_FILE}`);
}
