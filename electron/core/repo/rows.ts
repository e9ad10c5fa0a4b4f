import type { Engagement, Workshop, WorkshopSummary } from '../../../shared/domain/types.js';

/** Row shapes as SQLite returns them, and their mapping to domain objects. */

export interface EngagementRow {
  id: string;
  client: string;
  name: string;
  status: Engagement['status'];
  created_at: string;
  updated_at: string;
}

export interface WorkshopRow {
  id: string;
  engagement_id: string;
  title: string;
  date: string | null;
  location: string;
  facilitator: string;
  objectives: string;
  status: Workshop['status'];
  hours_per_day: number;
  created_at: string;
  updated_at: string;
}

export function toEngagement(r: EngagementRow): Engagement {
  return {
    id: r.id,
    client: r.client,
    name: r.name,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toWorkshop(r: WorkshopRow): Workshop {
  return {
    id: r.id,
    engagementId: r.engagement_id,
    title: r.title,
    date: r.date,
    location: r.location,
    facilitator: r.facilitator,
    objectives: r.objectives,
    status: r.status,
    hoursPerDay: r.hours_per_day,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface WorkshopSummaryRow {
  id: string;
  title: string;
  client: string;
  engagement_id: string;
  date: string | null;
  status: Workshop['status'];
  archived_at: string | null;
  updated_at: string;
}

export function toSummary(r: WorkshopSummaryRow): WorkshopSummary {
  return {
    id: r.id,
    title: r.title,
    client: r.client,
    engagementId: r.engagement_id,
    date: r.date,
    status: r.status,
    archived: r.archived_at !== null,
    updatedAt: r.updated_at,
  };
}
