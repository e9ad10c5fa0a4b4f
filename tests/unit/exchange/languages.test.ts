import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../shared/domain/duration.js';
import { fieldForHeader, headerUnit } from '../../../shared/exchange/csv-columns.js';
import { readCsv } from '../../../shared/exchange/csv-read.js';

const minutes = (text: string) => {
  const r = parseDuration(text, 8);
  if (!r.ok) throw new Error(r.message);
  return r.minutes;
};

describe('headers in English, German, French, Spanish and Dutch', () => {
  it.each([
    ['Schritt', 'title'],
    ['Aktivität', 'title'],
    ['Étape', 'title'],
    ['Etape', 'title'],
    ['Paso', 'title'],
    ['Stap', 'title'],
    ['Rolle', 'lane'],
    ['Rôle', 'lane'],
    ['Actor', 'lane'],
    ['Rol', 'lane'],
    ['Art', 'kind'],
    ['Tipo', 'kind'],
    ['System', 'tools'],
    ['Outils', 'tools'],
    ['Herramientas', 'tools'],
    ['Systemen', 'tools'],
    ['Dauer', 'processTime'],
    ['Durée', 'processTime'],
    ['Tiempo de proceso', 'processTime'],
    ['Procestijd', 'processTime'],
    ['Wartezeit', 'waitTime'],
    ["Temps d'attente", 'waitTime'],
    ['Tiempo de espera', 'waitTime'],
    ['Wachttijd', 'waitTime'],
    ['%C&A', 'pctCompleteAccurate'],
    ['% vollständig und richtig', 'pctCompleteAccurate'],
    ['% complet et exact', 'pctCompleteAccurate'],
    ['Schmerzpunkte', 'painPoints'],
    ['Points de douleur', 'painPoints'],
    ['Puntos de dolor', 'painPoints'],
    ['Knelpunten', 'painPoints'],
    ['Bemerkungen', 'notes'],
    ['Remarques', 'notes'],
    ['Observaciones', 'notes'],
    ['Opmerkingen', 'notes'],
    ['Umgebung', 'environment'],
    ['Environnement', 'environment'],
    ['Entorno', 'environment'],
    ['Omgeving', 'environment'],
  ])('%s is read as %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('takes a unit from a header in any of the languages', () => {
    expect(headerUnit('Dauer (Std.)')).toBe('std');
    expect(headerUnit('Durée (jours)')).toBe('jours');
    expect(headerUnit('Notes (draft)')).toBeNull();
  });
});

describe('durations in other languages', () => {
  it.each([
    ['3 Tage', 3 * 480],
    ['2 Std.', 120],
    ['1,5 h', 90],
    ['3 jours', 3 * 480],
    ['2 heures', 120],
    ['3 días', 3 * 480],
    ['2 uur', 120],
    ['1 Std. 30 Min.', 90],
    ['1 heure et 30 minutes', 90],
    ['2 horas y 15 minutos', 135],
    ['3 dagen en 2 uur', 3 * 480 + 120],
    ['1u30', 90],
    ['2 Wochen', 2 * 5 * 480],
    ['1:15:00', 75],
    ['0:00:30', 0.5],
    ['10:05', 605],
  ])('%s is %d minutes', (text, expected) => {
    expect(minutes(text)).toBe(expected);
  });

  it('still refuses what is not a duration', () => {
    expect(parseDuration('3 Monde', 8).ok).toBe(false);
    expect(parseDuration('1:75:00', 8).ok).toBe(false);
  });
});

describe('a German CSV with decimal commas', () => {
  it('maps every column and reads values', () => {
    const csv =
      'Zustand;Rolle;Schritt;Art;Werkzeuge;Bearbeitungszeit;Wartezeit;%C&A;Automatisierung;Schmerzpunkte;Bemerkungen\n' +
      'Ist;Einkauf;Rechnung prüfen;Aufgabe;SAP, E-Mail;1,5 h;3 Tage;92,5;manuell;Doppelte Erfassung;Prüft täglich\n' +
      'ist;Leitung;Freigabe erteilen;Genehmigung;;0:15:00;2 Std.;100;automatisch;;\n';
    const table = readCsv(csv, { hoursPerDay: 8, state: 'current' });
    expect(table.problems).toEqual([]);
    expect(table.unmapped).toEqual([]);
    expect(table.rows.map((r) => r.errors)).toEqual([[], []]);
    expect(table.rows[0]!.step).toMatchObject({
      lane: 'Einkauf',
      title: 'Rechnung prüfen',
      kind: 'task',
      tools: ['SAP', 'E-Mail'],
      processMinutes: 90,
      waitMinutes: 1440,
      pctCompleteAccurate: 92.5,
      automation: 'manual',
      painPoints: ['Doppelte Erfassung'],
      notes: 'Prüft täglich',
    });
    expect(table.rows[1]!.step).toMatchObject({
      kind: 'approval',
      processMinutes: 15,
      automation: 'automated',
    });
  });
});
