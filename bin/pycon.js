#!/usr/bin/env node
import { main, systemContext } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), systemContext());
