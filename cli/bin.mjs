#!/usr/bin/env node
// Launcher: runs the TypeScript CLI through tsx, so `npx gbt27922` works without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
