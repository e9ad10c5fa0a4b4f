/**
 * Run in a child process as a user who may not write to the data folder (see
 * tests/unit/store/read-only-folder.test.ts): opens the library and tries to view and change it,
 * printing every answer as JSON on stdout.
 */
import { AppCore } from '../../electron/core/app-core.js';
import { dispatch } from '../../electron/core/handlers/dispatch.js';

const [dataDir, idsJson] = process.argv.slice(2) as [string, string];
const ids = JSON.parse(idsJson) as { workshopId: string; mapId: string; stepId: string };

const core = await AppCore.start({ dataDir, version: '0.0.0-test' });
const call = (channel: string, payload: unknown) => dispatch({ core }, channel, payload);
const out = {
  status: core.status(),
  list: await call('workshop:list', {}),
  data: await call('workshop:data', { id: ids.workshopId }),
  search: await call('search:query', { text: 'Check', workshopId: ids.workshopId }),
  edits: {
    'workshop:create': await call('workshop:create', { client: 'C', title: 'T' }),
    'workshop:update': await call('workshop:update', { id: ids.workshopId, patch: { title: 'Changed' } }),
    'step:create': await call('step:create', { mapId: ids.mapId, afterStepId: null }),
    'step:update': await call('step:update', { stepId: ids.stepId, patch: { title: 'Changed' } }),
    'step:delete': await call('step:delete', { stepId: ids.stepId }),
    'edit:undo': await call('edit:undo', { workshopId: ids.workshopId }),
  },
};
await core.close();
process.stdout.write(JSON.stringify(out));
