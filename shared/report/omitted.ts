import { MAP_STATES } from '../domain/types.js';
import type { WorkshopData } from '../domain/workshop-data.js';
import type { ReportSectionKey } from './options.js';

/** Why a section that was asked for is left out: it would have nothing to say. */
export function omitReason(key: ReportSectionKey, data: WorkshopData): string {
  switch (key) {
    case 'current':
    case 'future':
    case 'actual':
      return `no steps were mapped for the ${key} state`;
    case 'comparison':
      return MAP_STATES.every((s) => data.maps[s].steps.length === 0)
        ? 'no steps were mapped'
        : 'nothing to compare';
    case 'findings':
      return 'no findings were recorded';
    case 'actions':
      return 'no recommendations or actions were recorded';
    case 'objectives':
      return 'no objectives, attendees or agenda were recorded (the process is named on the cover)';
    case 'parkingLot':
      return 'no parking-lot items or decisions were recorded';
    default:
      return 'it has no content';
  }
}
