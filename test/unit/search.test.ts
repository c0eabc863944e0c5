import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS, fuzzyEdits, searchHighlight, searchQueries, searchWords } from '../../src/domain/index.js';
import { highlightParts, suggestions } from '../../src/client/index.js';

const node = (name: string, aliases: string[] = [], description = '') => ({ name, aliases, description });

describe('search rules', () => {
  it('allows no edit up to 3 letters, one for 4–7 letters, two from 8', () => {
    expect(['KI', 'ERV', 'Amt'].map(fuzzyEdits)).toEqual([0, 0, 0]);
    expect(['Elst', 'Elstre', 'Postfah'].map(fuzzyEdits)).toEqual([1, 1, 1]);
    expect(['Zulasung', 'Fahrzeugzulasung'].map(fuzzyEdits)).toEqual([2, 2]);
    expect(fuzzyEdits('Ä'.repeat(5))).toBe(1);
    expect(fuzzyEdits('2024')).toBe(0);
  });

  it('takes words of letters, marks and digits, lower case, at most MAX_SEARCH_WORDS', () => {
    expect(searchWords('Kfz-Zulassung (Art. 91c) AND')).toEqual(['kfz', 'zulassung', 'art', '91c', 'and']);
    expect(searchWords('a '.repeat(50))).toHaveLength(MAX_SEARCH_WORDS);
    expect(() => searchQueries('!? -- *', null)).toThrow(/no word/);
    expect(() => searchQueries('ELSTER', ['System) OR (x' as never])).toThrow(/not a node kind/);
  });

  it('builds one query per class from our template', () => {
    expect(searchQueries('Kfz-Zulassung', null)).toEqual({
      exact: 'namesText:"Kfz-Zulassung"',
      names: '+(name:kfz aliasesText:kfz) +(name:zulassung aliasesText:zulassung)',
      words: '+(name:kfz aliasesText:kfz description:kfz) +(name:zulassung aliasesText:zulassung description:zulassung)',
      fuzzy:
        '(name:kfz^3 aliasesText:kfz^2 description:kfz) ' +
        '(name:zulassung~2^3 (name:zulassung^3 aliasesText:zulassung^2 description:zulassung))',
      fuzzyKey: 'namesText:kfzzulassung~2',
    });
    // The key is written as the analyzer writes it; short keys and numbers have no typos.
    expect(searchQueries('Führerschein-Antrag', null).fuzzyKey).toBe('namesText:fuehrerscheinantrag~2');
    expect(searchQueries('Elstr', ['System']).fuzzyKey).toBe('+(namesText:elstr~1) +(kind:System)');
    expect(searchQueries('BMI', null).fuzzyKey).toBeNull();
    expect(searchQueries('2025 06', null).fuzzyKey).toBeNull();
    expect(searchQueries('"ELSTER"', ['System']).exact).toBe('+(namesText:"\\"ELSTER\\"") +(kind:System)');
  });

  it('highlights the matched words of the passage that explains the hit, HTML-escaped', () => {
    const muk = node('Mein Unternehmenskonto (MUK)', ['Unternehmenskonto auf ELSTER-Basis'], 'Konto für <Unternehmen> & Co.');
    expect(searchHighlight(muk, 'Unternehmenskonto', 'NAME')).toBe('Mein <mark>Unternehmenskonto</mark> (MUK)');
    expect(searchHighlight(muk, 'elster basis', 'NAME')).toBe('Unternehmenskonto auf <mark>ELSTER</mark>-<mark>Basis</mark>');
    expect(searchHighlight(muk, 'Unternehmen', 'DESCRIPTION')).toBe('Konto für &lt;<mark>Unternehmen</mark>&gt; &amp; Co.');
    expect(searchHighlight(muk, 'Unternehmenskono', 'FUZZY')).toBe('Mein <mark>Unternehmenskonto</mark> (MUK)');
    expect(searchHighlight(muk, 'Bürgerpostfach', 'NAME')).toBeNull();
    // Transliterated and inflected query words, and a long description cut around the first match.
    expect(searchHighlight(node('Führerscheinantrag', ['Führerschein']), 'Fuehrerschein', 'EXACT')).toBe('<mark>Führerschein</mark>');
    const long = `${'Vorwort '.repeat(40)}die Fahrzeugzulassung ${'Nachwort '.repeat(40)}`;
    const cut = searchHighlight(node('X', [], long), 'Fahrzeugzulassungen', 'DESCRIPTION')!;
    expect(cut).toMatch(/^….*<mark>Fahrzeugzulassung<\/mark>.*…$/);
    expect(cut.length).toBeLessThan(200);
  });

  it('reads highlights as text parts, and offers fuzzy-only answers as suggestions', () => {
    expect(highlightParts('a &lt;b&gt; <mark>c&amp;d</mark> e')).toEqual([
      { text: 'a <b> ', marked: false },
      { text: 'c&d', marked: true },
      { text: ' e', marked: false },
    ]);
    expect(suggestions([{ match: 'FUZZY' }, { match: 'FUZZY' }])).toHaveLength(2);
    expect(suggestions([{ match: 'NAME' }, { match: 'FUZZY' }])).toEqual([]);
    expect(suggestions([])).toEqual([]);
  });
});
