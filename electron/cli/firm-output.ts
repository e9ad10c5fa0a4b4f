import type { FirmHit, FirmStatus, OutboxItem } from '../../shared/firm/types.js';

export function outboxLine(i: OutboxItem): string {
  const where = i.visibility === 'team' ? `team ${i.team}` : i.visibility;
  if (i.sentAt) return `sent     ${i.title} (${where}) as version ${i.version} [${i.versionId}]`;
  const why = i.lastError ? `, last try: ${i.lastError}` : '';
  return `waiting  ${i.title} (${where}) since ${i.queuedAt}, ${i.attempts} tries${why}`;
}

export function statusText(s: FirmStatus): string {
  if (!s.target) return 'No firm library set up (Settings → Firm library, --firm-url or TRIPTYCH_FIRM_URL).';
  const t = s.target;
  return [
    `Firm library: ${t.user}@${t.host}:${t.port}/${t.database} (${s.tls ? 'TLS' : 'loopback, no TLS'}; from ${s.source})`,
    `Connection: ${s.connection}${s.lastError ? ` (${s.lastError})` : ''}`,
    `Waiting to be sent: ${s.waiting}`,
    ...s.outbox.map((i) => `  ${outboxLine(i)}`),
  ].join('\n');
}

export function firmHitLine(h: FirmHit): string {
  const where = [h.client, h.industry, h.processName].filter(Boolean).join(' › ');
  const text = h.snippet.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');
  return `firm  ${h.title} v${h.version} by ${h.publisher} — ${where}  [${h.id}]\n      ${text.replace(/\s+/g, ' ').trim()}`;
}
