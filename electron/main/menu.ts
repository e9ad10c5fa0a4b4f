import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menu.js';

/** The native menu; each app command is sent to the renderer, which owns the action. */
export function menuTemplate(
  send: (command: MenuCommand) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New workshop…', 'new-workshop', 'CmdOrCtrl+N'),
        item('Open…', 'open-workshop', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('Import…', 'import', 'CmdOrCtrl+I'),
        item('Export…', 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        item('Generate report…', 'generate-report', 'CmdOrCtrl+R'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo', accelerator: 'Shift+CmdOrCtrl+Z' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        item('Presenter view', 'presenter-view', 'F5'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Help', role: 'help', submenu: [item('About Triptych', 'about')] },
  ];
}
