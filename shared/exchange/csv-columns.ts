/** The step fields a CSV column can hold, the header Triptych writes, and the names it recognises. */

export const CSV_FIELDS = [
  'state',
  'lane',
  'title',
  'description',
  'kind',
  'tools',
  'processTime',
  'waitTime',
  'pctCompleteAccurate',
  'automation',
  'valueClass',
  'environment',
  'painPoints',
  'notes',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** What an explicit mapping may say about a header: a field, or leave the column out. */
export type CsvMappingTarget = CsvField | 'ignore';

export const CSV_HEADERS: Record<CsvField, string> = {
  state: 'State',
  lane: 'Lane',
  title: 'Step',
  description: 'Description',
  kind: 'Kind',
  tools: 'Tools',
  processTime: 'Process time',
  waitTime: 'Wait time',
  pctCompleteAccurate: '%C&A',
  automation: 'Automation',
  valueClass: 'Value class',
  environment: 'Environment',
  painPoints: 'Pain points',
  notes: 'Notes',
};

/** Header names in English, German, French, Spanish and Dutch; accents and case do not matter. */
const ALIASES: Record<CsvField, string[]> = {
  state: [
    ...['state', 'map', 'map state', 'process state'],
    ...['zustand', 'status', 'état', 'etat', 'estado', 'toestand'],
  ],
  lane: [
    ...['lane', 'actor', 'role', 'swimlane', 'swim lane', 'team', 'who', 'performer'],
    ...['rolle', 'akteur', 'bahn', 'schwimmbahn', 'verantwortlich', 'wer', 'abteilung'],
    ...['rôle', 'acteur', 'couloir', 'responsable', 'qui', 'équipe'],
    ...['rol', 'actor', 'carril', 'responsable', 'quién', 'equipo'],
    ...['rol', 'actor', 'baan', 'zwembaan', 'wie', 'afdeling'],
  ],
  title: [
    ...['step', 'activity', 'title', 'task', 'step title', 'step name', 'process step', 'name'],
    ...['schritt', 'prozessschritt', 'aktivität', 'tätigkeit', 'aufgabe', 'titel', 'bezeichnung'],
    ...['étape', 'activité', 'tâche', 'titre', 'nom', 'étape du processus'],
    ...['paso', 'actividad', 'tarea', 'título', 'nombre', 'paso del proceso'],
    ...['stap', 'activiteit', 'taak', 'titel', 'naam', 'processtap'],
  ],
  description: [
    ...['description', 'details', 'detail', 'what happens'],
    ...['beschreibung', 'descripción', 'beschrijving', 'omschrijving'],
  ],
  kind: [
    ...['kind', 'type', 'step type', 'step kind'],
    ...['art', 'typ', 'schrittart', 'genre', 'tipo', 'soort'],
  ],
  tools: [
    ...['tools', 'tool', 'system', 'systems', 'application', 'applications', 'app', 'apps'],
    ...['werkzeug', 'werkzeuge', 'systeme', 'anwendung', 'anwendungen', 'it system'],
    ...['outil', 'outils', 'système', 'systèmes', 'logiciel', 'logiciels'],
    ...['herramienta', 'herramientas', 'sistema', 'sistemas', 'aplicación', 'aplicaciones'],
    ...['hulpmiddel', 'hulpmiddelen', 'systeem', 'systemen', 'applicatie', 'applicaties'],
  ],
  processTime: [
    ...['process time', 'pt', 'touch time', 'processing time', 'work time', 'effort'],
    ...['bearbeitungszeit', 'prozesszeit', 'dauer', 'arbeitszeit', 'aufwand'],
    ...['temps de traitement', 'temps de process', 'temps opératoire', 'durée', 'effort'],
    ...['tiempo de proceso', 'tiempo de procesamiento', 'duración', 'esfuerzo'],
    ...['procestijd', 'bewerkingstijd', 'doorlooptijd', 'duur', 'inspanning'],
  ],
  waitTime: [
    ...['wait time', 'wt', 'delay', 'waiting time', 'wait', 'queue time'],
    ...['wartezeit', 'liegezeit', 'verzögerung'],
    ...["temps d'attente", 'attente', 'délai'],
    ...['tiempo de espera', 'espera', 'demora'],
    ...['wachttijd', 'wachten', 'vertraging'],
  ],
  pctCompleteAccurate: [
    '%C&A',
    'C&A',
    'pct ca',
    'pct c&a',
    '% complete and accurate',
    'complete and accurate',
    'percent complete and accurate',
    ...['%V&R', 'vollständig und richtig', '% vollständig und richtig', '%C&E', 'complet et exact'],
    ...['% complet et exact', '%C&P', 'completo y preciso', '% completo y preciso'],
    ...['%V&J', 'volledig en juist', '% volledig en juist'],
  ],
  automation: [
    ...['automation', 'automated', 'manual or automated', 'manual/automated'],
    ...['automatisierung', 'automatisiert', 'automatisation', 'automatisé', 'automatización'],
    ...['automatizado', 'automatisering', 'geautomatiseerd'],
  ],
  valueClass: [
    ...['value class', 'value', 'va/nnva', 'value add', 'value added', 'value type'],
    ...['wertschöpfung', 'wertklasse', 'valeur ajoutée', 'valor añadido', 'toegevoegde waarde'],
  ],
  environment: [...['environment', 'env'], ...['umgebung', 'environnement', 'entorno', 'omgeving']],
  painPoints: [
    ...['pain points', 'pain point', 'pain', 'pains', 'issues', 'issue', 'problems'],
    ...['schmerzpunkte', 'probleme', 'problem', 'schwachstellen', 'painpoints'],
    ...['points de douleur', 'points douloureux', 'problèmes', 'irritants', 'difficultés'],
    ...['puntos de dolor', 'problemas', 'dificultades'],
    ...['pijnpunten', 'knelpunten', 'problemen'],
  ],
  notes: [
    ...['notes', 'note', 'comments', 'comment', 'remarks'],
    ...['notizen', 'anmerkungen', 'bemerkungen', 'kommentar', 'kommentare'],
    ...['remarques', 'commentaires', 'commentaire'],
    ...['notas', 'comentarios', 'observaciones'],
    ...['notities', 'opmerkingen', 'commentaar'],
  ],
};

/** "Process time (h)", "process_time" and "PROCESS TIME" are the same header; "%C&A" and "% C & A" too. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}%]+/gu, '');
}

const BY_KEY = new Map<string, CsvField>(
  CSV_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [headerKey(alias), field] as const)),
);

export function fieldForHeader(header: string): CsvField | null {
  return BY_KEY.get(headerKey(header)) ?? null;
}

const UNIT_WORD =
  /^(?:min|mins|minutes?|minuten|minutos?|h|hr|hrs|hours?|std|stunden?|heures?|horas?|u|uur|d|days?|tage?|jours?|j|d[ií]as?|dagen|dag)$/u;

/** A unit written in a header, "Process time (h)", applies to bare numbers in that column. */
export function headerUnit(header: string): string | null {
  const hint = /[([]\s*(\p{L}+)\.?\s*[)\]]/iu.exec(header);
  const unit = hint?.[1]!.toLowerCase();
  return unit && UNIT_WORD.test(unit) ? unit : null;
}
