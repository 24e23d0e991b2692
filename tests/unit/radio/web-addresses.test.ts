import { describe, expect, it } from 'vitest';
import { readWebAddresses, speakHost } from '../../../src/lib/radio/web-addresses';

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
