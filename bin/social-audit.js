#!/usr/bin/env node
import { boundHeapGrowth } from './boundHeapGrowth.js';

boundHeapGrowth();
const { main } = await import('../dist/cli.js');
await main(process.argv);
