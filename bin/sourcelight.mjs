#!/usr/bin/env node
// The CLI is written in TypeScript and shares the analyzer with the extension;
// tsx compiles it on the fly so there is no separate build step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
