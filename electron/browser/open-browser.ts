import { spawn } from 'node:child_process';

/** Best effort: opens the URL in the user's browser; says so if none could be started. */
export function openInBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => console.log('No browser could be opened: open the URL above yourself.'));
    child.unref();
  } catch {
    console.log('No browser could be opened: open the URL above yourself.');
  }
}
