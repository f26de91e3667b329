#!/usr/bin/env node
// Entry of the compiled CLI (lib/gbt27922.mjs, the package's bin). Development runs cli/bin.mjs (tsx) instead.
import { main } from './main';

process.exitCode = await main(process.argv);
