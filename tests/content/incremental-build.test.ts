/**
 * Astro's incremental build copies a page from the last build when its cacheKey (the
 * catalog's content digest) is unchanged. A stale page would be a silent bug, so this
 * rebuilds one copy of the fixture the way editors and the daily rebuild do.
 */
import { describe, expect, it } from 'vitest';
import { buildFixtureSteps } from '../support/fixture-build';

const ARTICLE = 'articles/bai-mau.mdx';
const ARTICLE_PAGE = 'bai-viet/bai-mau/index.html';
const ARTICLE_LIST = 'bai-viet/index.html';
const EXEMPLAR_PAGE = 'tam-guong-binh-di/tam-guong-mau/index.html';

/** Pages the build log says were copied from the last build rather than rendered. */
const reused = (output: string) => output.split('\n').filter((line) => /\((cached|restored)\)\s*$/.test(line));

describe('incremental rebuilds', () => {
  it('reuse unchanged pages, and render again when content or what is published changes', async () => {
    const [first, unchanged, nextDay, quietDay, edited] = await buildFixtureSteps([
      // The exemplar (3 Feb 2025) and the question (29 Dec 2025) are still scheduled.
      { env: { BUILD_DATE: '2025-02-02' } },
      { env: { BUILD_DATE: '2025-02-02' } },
      { env: { BUILD_DATE: '2025-02-03' } },
      { env: { BUILD_DATE: '2025-02-04' } },
      { env: { BUILD_DATE: '2025-02-04' }, change: (e) => e.replace(ARTICLE, 'title: Bài mẫu để kiểm thử', 'title: Bài mẫu đã sửa tiêu đề') },
    ]);
    for (const build of [first, unchanged, nextDay, quietDay, edited]) expect(build?.code, build?.output).toBe(0);
    if (!first || !unchanged || !nextDay || !quietDay || !edited) throw new Error('A build is missing.');

    expect(reused(first.output)).toEqual([]);
    expect(first.pages).not.toContain(EXEMPLAR_PAGE);

    // Nothing changed: the item pages are copies, and the site is the same byte for byte.
    expect(reused(unchanged.output).some((line) => line.includes(`/${ARTICLE_PAGE}`))).toBe(true);
    expect(unchanged.html).toEqual(first.html);

    // A new day publishes what was scheduled for it, and every page is rendered again.
    expect(nextDay.pages).toContain(EXEMPLAR_PAGE);
    expect(reused(nextDay.output)).toEqual([]);

    // A day that publishes nothing new changes no page: the daily rebuild copies them.
    expect(reused(quietDay.output).some((line) => line.includes(`/${EXEMPLAR_PAGE}`))).toBe(true);
    expect(quietDay.html).toEqual(nextDay.html);

    // An edited title shows on its page and in the lists that name it.
    expect(reused(edited.output)).toEqual([]);
    expect(edited.html.get(ARTICLE_PAGE)).toContain('Bài mẫu đã sửa tiêu đề');
    expect(edited.html.get(ARTICLE_LIST)).toContain('Bài mẫu đã sửa tiêu đề');
    expect(edited.html.get(ARTICLE_LIST)).not.toContain('Bài mẫu để kiểm thử');
  });
});
