import { describe, expect, it } from 'vitest';
import { csvTable } from '../../src/graph/index.js';

describe('CSV dialects', () => {
  it('excel-de: semicolons, a byte order mark, decimal commas, CRLF; quotes where the separator, a quote or a line break occurs', () => {
    expect(csvTable(['a', 'b', 'c'], [[1.5, 'x;y', 'x,y'], [2, 'sagt "ja"', undefined]], 'excel-de')).toBe('\uFEFFa;b;c\r\n1,5;"x;y";x,y\r\n2;"sagt ""ja""";\r\n');
  });

  it('rfc4180: commas, no byte order mark, decimal points, CRLF', () => {
    expect(csvTable(['a', 'b', 'c'], [[1.5, 'x;y', 'x,y'], [2, 'zwei\nZeilen', undefined]], 'rfc4180')).toBe('a,b,c\r\n1.5,x;y,"x,y"\r\n2,"zwei\nZeilen",\r\n');
  });

  it('guards text a spreadsheet would run as a formula with an apostrophe, in both dialects; numbers are never guarded', () => {
    for (const dialect of ['excel-de', 'rfc4180'] as const) {
      const [, row] = csvTable(['a', 'b', 'c', 'd'], [['=SUM(A1)', '+49', '@x', -3]], dialect).split('\r\n');
      expect(row!.split(dialect === 'excel-de' ? ';' : ',')).toEqual(["'=SUM(A1)", "'+49", "'@x", '-3']);
    }
  });
});
