import type { AppStatus } from '../../../shared/ipc/app.channels.js';
import { call } from './api.js';

export type Route = { name: 'home' } | { name: 'workshop'; id: string };

/** App-wide state: the store's status, the current screen, the new-workshop dialog. */
class AppState {
  status = $state<AppStatus | null>(null);
  route = $state<Route>({ name: 'home' });
  newWorkshopOpen = $state(false);
  loadError = $state<string | null>(null);

  async load(): Promise<void> {
    try {
      this.status = await call('app:status', {});
      this.loadError = null;
    } catch (err) {
      this.loadError = err instanceof Error ? err.message : String(err);
    }
  }

  open(route: Route): void {
    this.route = route;
  }
}

export const app = new AppState();
