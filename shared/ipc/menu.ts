/** Commands the native menu sends to the renderer; the renderer binds the same ones to shortcuts. */
export const MENU_COMMANDS = [
  'new-workshop',
  'open-workshop',
  'import',
  'export',
  'generate-report',
  'presenter-view',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_EVENT = 'menu:command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
