import type {
  ActionItem,
  AgendaItem,
  Decision,
  Evidence,
  Finding,
  PainPoint,
  ParkingLotItem,
  Recommendation,
  Vote,
} from './room.js';
import type { SuggestionMark } from './suggestion-marks.js';
import type { Attendee, Engagement, MapState, ProcessMap, StepLink, Workshop } from './types.js';

export interface ProcessInfo {
  id: string;
  name: string;
  startTrigger: string;
  endOutcome: string;
}

/**
 * Everything one workshop holds, as plain data: what the report is written from, what a
 * `.triptych` file carries, and what the comparison reads. Lists are in display order.
 */
export interface WorkshopData {
  workshop: Workshop;
  engagement: Pick<Engagement, 'id' | 'client' | 'name'>;
  attendees: Attendee[];
  agenda: AgendaItem[];
  process: ProcessInfo;
  maps: Record<MapState, ProcessMap>;
  painPoints: PainPoint[];
  links: StepLink[];
  findings: Finding[];
  recommendations: Recommendation[];
  actions: ActionItem[];
  parkingLot: ParkingLotItem[];
  decisions: Decision[];
  evidence: Evidence[];
  votes: Vote[];
  /**
   * The facilitator's decisions about the comparison's suggestions (rejected matches, dismissed and
   * accepted findings), so a copy compares as the original does. Absent in files written before them.
   */
  suggestionMarks?: SuggestionMark[];
}
