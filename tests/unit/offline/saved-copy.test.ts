import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/i18n/ui';
import { offlineNote, parseSavedCopy, savedAtText, savedState, savedStateText, type SavedCopy } from '../../../src/lib/offline/saved-copy';

const text = ui.radio.programme.offline;
const saved: SavedCopy = {
  programme: '/phat-thanh/2026/tuan-49/',
  year: 2026,
  week: 49,
  version: 'v1',
  // 07:05 on 2 December 2026 in Vietnam.
  savedAt: '2026-12-02T00:05:00.000Z',
  pages: [{ path: '/phat-thanh/2026/tuan-49/', title: 'Chương trình tuần 49, năm 2026' }],
  files: ['/phat-thanh/2026/tuan-49/'],
};

describe('savedState and savedStateText', () => {
  it('tells nothing saved, this programme as saved, a changed one and another week apart', () => {
    expect(savedState(undefined, { programme: saved.programme, version: 'v1' })).toBe('none');
    expect(savedState(saved, { programme: saved.programme, version: 'v1' })).toBe('current');
    expect(savedState(saved, { programme: saved.programme, version: 'v2' })).toBe('changed');
    expect(savedState(saved, { programme: '/phat-thanh/2026/tuan-50/', version: 'v1' })).toBe('other');
  });

  it('says when it was saved, on Vietnam’s clock, or that it is out of date or another week’s', () => {
    expect(savedAtText(saved.savedAt)).toBe('7:05 ngày 2/12/2026');
    expect(savedStateText(saved, 'current', text)).toBe(text.saved('7:05 ngày 2/12/2026'));
    expect(savedStateText(saved, 'changed', text)).toContain('đã cũ');
    expect(savedStateText(saved, 'other', text)).toBe(text.otherWeek(49, 2026));
    expect(savedStateText(undefined, 'none', text)).toBe('');
  });
});

describe('offlineNote', () => {
  it('says a page is the saved copy, and from the next week in Vietnam that it is no longer this week’s', () => {
    expect(offlineNote(saved, new Date('2026-12-06T16:59:00Z'), text)).toBe(text.reading('7:05 ngày 2/12/2026'));
    // Monday 7 December 2026, 00:00 in Vietnam: week 50.
    expect(offlineNote(saved, new Date('2026-12-06T17:00:00Z'), text)).toBe(
      `${text.reading('7:05 ngày 2/12/2026')} ${text.oldWeek(49, 2026)}`,
    );
  });
});

describe('parseSavedCopy', () => {
  it('reads a record and refuses anything else', () => {
    expect(parseSavedCopy(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(parseSavedCopy({ ...saved, week: '49' })).toBeUndefined();
    expect(parseSavedCopy({ ...saved, files: undefined })).toBeUndefined();
    expect(parseSavedCopy(null)).toBeUndefined();
    expect(parseSavedCopy('saved')).toBeUndefined();
  });
});
