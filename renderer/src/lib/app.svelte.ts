import { type Stage, isStage } from '../../../shared/domain/stages.js';
import { type Slide, isSlide } from '../../../shared/domain/slides.js';
import type { AppStatus } from '../../../shared/ipc/app.channels.js';
import { call } from './api.js';

export type Route =
  | { name: 'home' }
  | { name: 'review' }
  | { name: 'workshop'; id: string; stage: Stage; stepId?: string }
  | { name: 'present'; id: string; state: Slide };

/** The route lives in the URL fragment, so a reload returns to the same workshop and stage. */
function routeFromHash(hash: string): Route {
  const present = /^#\/present\/([0-9a-f-]{36})\/([\w-]+)$/.exec(hash);
  if (present && isSlide(present[2])) return { name: 'present', id: present[1]!, state: present[2] };
  if (hash === '#/review') return { name: 'review' };
  const m = /^#\/workshop\/([0-9a-f-]{36})(?:\/(\w+))?(?:\/([0-9a-f-]{36}))?$/.exec(hash);
  if (!m) return { name: 'home' };
  return {
    name: 'workshop',
    id: m[1]!,
    stage: isStage(m[2]) ? m[2] : 'setup',
    ...(m[3] ? { stepId: m[3] } : {}),
  };
}

function hashOf(route: Route): string {
  if (route.name === 'present') return `#/present/${route.id}/${route.state}`;
  if (route.name === 'review') return '#/review';
  return route.name === 'home'
    ? '#/'
    : `#/workshop/${route.id}/${route.stage}${route.stepId ? `/${route.stepId}` : ''}`;
}

/** App-wide state: the store's status, the current screen, the new-workshop dialog. */
class AppState {
  status = $state<AppStatus | null>(null);
  route = $state<Route>(routeFromHash(location.hash));
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

  /** Follows the URL when it changes from outside (Back/Forward, a pasted link). */
  followHash(): void {
    const route = routeFromHash(location.hash);
    if (hashOf(route) !== hashOf(this.route)) this.route = route;
  }

  open(route: Route): void {
    this.route = route;
    history.pushState(null, '', hashOf(route));
  }
}

export const app = new AppState();
