import { describe, expect, it } from 'vitest';
import { bacQuotesInMdx } from '../../src/lib/mdx-quotes';

describe('bacQuotesInMdx', () => {
  it('finds Bác’s quotations with their sources, in order', () => {
    const body = [
      'Mở đầu.',
      '<Quote source="Toàn tập, tập 4">Tôi tuy xa, nhưng lòng tôi vẫn gần gũi đồng bào.</Quote>',
      'Giữa.',
      "<Quote source='Toàn tập, tập 11'>\nVì lợi ích **trăm năm** thì phải trồng người.\n</Quote>",
    ].join('\n\n');
    expect(bacQuotesInMdx(body)).toEqual([
      { text: 'Tôi tuy xa, nhưng lòng tôi vẫn gần gũi đồng bào.', source: 'Toàn tập, tập 4' },
      { text: 'Vì lợi ích trăm năm thì phải trồng người.', source: 'Toàn tập, tập 11' },
    ]);
  });

  it('keeps the lines of a verse', () => {
    expect(bacQuotesInMdx('<Quote source="Thơ">Sáng ra bờ suối, tối vào hang,\\\nCháo bẹ rau măng vẫn sẵn sàng.</Quote>')).toEqual([
      { text: 'Sáng ra bờ suối, tối vào hang,\nCháo bẹ rau măng vẫn sẵn sàng.', source: 'Thơ' },
    ]);
  });

  it('leaves out other people’s words and quotations without a source', () => {
    const body = '<Quote speaker="Cụ Huỳnh Thúc Kháng" source="Hồi ký">Lời cụ.</Quote>\n\n<Quote>Không nguồn.</Quote>';
    expect(bacQuotesInMdx(body)).toEqual([]);
  });
});
