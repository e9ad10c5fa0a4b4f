import { describe, expect, it } from 'vitest';
import { HIT_CLOSE, HIT_OPEN, snippetParts, toFtsQuery } from '../../../shared/search/fts-query.js';

describe('toFtsQuery', () => {
  it('quotes every word and makes the last one a prefix', () => {
    expect(toFtsQuery('rack')).toBe('"rack"*');
    expect(toFtsQuery('  hardware   req ')).toBe('"hardware" "req"*');
  });

  it('turns FTS5 syntax typed by a user into plain words', () => {
    expect(toFtsQuery('rack OR form')).toBe('"rack" "OR" "form"*');
    expect(toFtsQuery('NEAR(rack form)')).toBe('"NEAR" "rack" "form"*');
    expect(toFtsQuery('title:"foo" -bar ^baz *')).toBe('"title" "foo" "bar" "baz"*');
    expect(toFtsQuery('%C&A')).toBe('"C"');
  });

  it('waits for a second letter before making a prefix of the last word', () => {
    expect(toFtsQuery('s')).toBe('"s"');
    expect(toFtsQuery('se')).toBe('"se"*');
    expect(toFtsQuery('approval f')).toBe('"approval"*');
    expect(toFtsQuery('plan a b')).toBe('"plan" "a"');
  });

  it('keeps accented and non-Latin words whole', () => {
    expect(toFtsQuery('Réseau café')).toBe('"Réseau" "café"*');
    expect(toFtsQuery('サーバー 構成')).toBe('"サーバー" "構成"*');
  });

  it('gives nothing to search for punctuation alone, and caps long input', () => {
    expect(toFtsQuery('')).toBeNull();
    expect(toFtsQuery('"*()^:-')).toBeNull();
    expect(toFtsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!.split(' ')).toHaveLength(12);
  });
});

describe('snippetParts', () => {
  it('splits a marked snippet into text and hits', () => {
    expect(snippetParts(`…the ${HIT_OPEN}rack${HIT_CLOSE} units ${HIT_OPEN}for${HIT_CLOSE}`)).toEqual([
      { text: '…the ', hit: false },
      { text: 'rack', hit: true },
      { text: ' units ', hit: false },
      { text: 'for', hit: true },
    ]);
    expect(snippetParts('<b>plain</b>')).toEqual([{ text: '<b>plain</b>', hit: false }]);
  });
});
