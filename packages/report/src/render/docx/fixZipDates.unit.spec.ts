import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { fixZipDates } from './fixZipDates';

const zipped = async (date: Date): Promise<Buffer> => {
  const zip = new JSZip();
  zip.file('a.xml', '<a>甲</a>', { date });
  zip.file('word/b.xml', '<b/>'.repeat(100), { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

describe('fixZipDates', () => {
  it('gives the same bytes for the same content zipped at different times, and keeps the content', async () => {
    const early = fixZipDates(await zipped(new Date('2018-08-31T10:00:00Z')));
    const late = fixZipDates(await zipped(new Date('2026-11-28T04:00:00Z')));
    expect(Buffer.compare(early, late)).toBe(0);
    const read = await JSZip.loadAsync(early);
    expect(await read.file('a.xml')!.async('string')).toBe('<a>甲</a>');
    expect(Object.values(read.files).map((file) => file.date.getFullYear())).toEqual([1980, 1980, 1980]);
  });

  it('refuses what is not a zip archive', () => {
    expect(() => fixZipDates(Buffer.from('not a zip, just text of some length'))).toThrow(/not a zip/);
  });
});
