#!/usr/bin/env node
import { boundHeapGrowth } from './boundHeapGrowth.js';

boundHeapGrowth(process.argv.slice(2));
const { main } = await import('../dist/cli.js');
await main(process.argv);
