import { describe, expect, it } from 'vitest';
import { mayHaveWebAddress, readWebAddresses, speakHost } from '../../../src/lib/radio/web-addresses';

describe('readWebAddresses', () => {
  it.each([
    ['Xem https://lamtheobac.vn/bai-viet/2024/05/19/.', 'Xem lamtheobac chấm vn.'],
    ['www.kontum.gov.vn', 'kontum chấm gov chấm vn'],
    ['(http://dangcongsan.vn)', '(dangcongsan chấm vn)'],
    ['lienhe@lam-theo-bac.example', 'lienhe a còng lam-theo-bac chấm example'],
  ])('%s → %s', (written, spoken) => {
    expect(readWebAddresses(written)).toBe(spoken);
  });

  it('reads a host', () => {
    expect(speakHost('www.baokontum.com.vn')).toBe('baokontum chấm com chấm vn');
  });
});

describe('mayHaveWebAddress', () => {
  it.each([
    ['Xem https://lamtheobac.vn', true],
    ['XEM HTTP://LAMTHEOBAC.VN', true],
    ['WWW.KONTUM.GOV.VN', true],
    ['lienhe@lam-theo-bac.example', true],
    ['Kính thưa quý vị, trang lamtheobac chấm vn', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(mayHaveWebAddress(text)).toBe(expected);
  });

  it('is true for every text readWebAddresses changes', () => {
    for (const text of ['https://a.vn', 'Http://a.vn/x', 'wWw.a.vn', 'a@b.vn', 'x.y@b.c.vn.']) {
      expect(readWebAddresses(text)).not.toBe(text);
      expect(mayHaveWebAddress(text)).toBe(true);
    }
  });
});
