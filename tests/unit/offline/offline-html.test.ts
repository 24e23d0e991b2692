import { describe, expect, it } from 'vitest';
import { offlineFallbackPage, withOfflineNote } from '../../../src/lib/offline/offline-html';
import type { SavedCopy } from '../../../src/lib/offline/saved-copy';
import { ui } from '../../../src/i18n/ui';

describe('withOfflineNote', () => {
  it('puts the note at the top of the main content, escaped', () => {
    expect(withOfflineNote('<body><main id="main" class="container"><h1>T</h1></main></body>', 'Bản <lưu>')).toBe(
      '<body><main id="main" class="container"><p class="offline-note" role="status">Bản &lt;lưu&gt;</p><h1>T</h1></main></body>',
    );
    expect(withOfflineNote('<body><p>x</p></body>', 'n')).toBe('<body><p class="offline-note" role="status">n</p><p>x</p></body>');
  });
});

describe('offlineFallbackPage', () => {
  const saved = {
    pages: [
      { path: '/phat-thanh/2026/tuan-49/', title: 'Chương trình tuần 49, năm 2026' },
      { path: '/cau-hoi-hang-tuan/2026/tuan-49/ban-doc/', title: 'Bản đọc: "Câu hỏi" <tuần 49>' },
    ],
  } as SavedCopy;

  it('lists the saved pages, set in the saved styles, with no script', () => {
    const html = offlineFallbackPage(saved, ['/_astro/BaseLayout.css']);
    expect(html).toContain(`<h1>${ui.radio.programme.offline.fallbackTitle}</h1>`);
    expect(html).toContain('<a href="/cau-hoi-hang-tuan/2026/tuan-49/ban-doc/">Bản đọc: &quot;Câu hỏi&quot; &lt;tuần 49&gt;</a>');
    expect(html).toContain('<link rel="stylesheet" href="/_astro/BaseLayout.css">');
    expect(html).not.toContain('<script');
  });

  it('says when nothing is saved', () => {
    expect(offlineFallbackPage(undefined, [])).toContain(ui.radio.programme.offline.fallbackNone);
  });
});
