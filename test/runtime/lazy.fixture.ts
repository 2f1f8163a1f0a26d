// Loaded by split.fixture.ts through import() only: its package import must stay out of the entry.
import { Command } from 'commander';

export const commandName = new Command('lazy').name();
