import type { App } from 'electron';

/**
 * Quitting waits for the core to close, and so for a backup under way: the first `will-quit` is
 * held while the core finishes, then the app quits for real. Without this a quit in the middle
 * of the daily backup left a truncated copy behind.
 */
export function closeBeforeQuit(app: Pick<App, 'on' | 'quit'>, close: () => Promise<void>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch((err: unknown) => console.error('Closing the database failed:', err))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
