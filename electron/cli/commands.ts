import type { Command } from './command.js';
import { compareCommands } from './compare.commands.js';
import { deckCommands } from './deck.commands.js';
import { exchangeCommands } from './exchange.commands.js';
import { firmCommands } from './firm.commands.js';
import { reportCommands } from './report.commands.js';
import { searchCommands } from './search.commands.js';
import { workshopCommands } from './workshop.commands.js';

/** Every CLI command; a domain adds its own `*.commands.ts` and one spread here. */
export const COMMANDS: Record<string, Command> = {
  ...workshopCommands,
  ...compareCommands,
  ...exchangeCommands,
  ...searchCommands,
  ...reportCommands,
  ...firmCommands,
  ...deckCommands,
};
