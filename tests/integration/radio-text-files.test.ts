import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRadioTextFiles } from '../../src/integrations/radio-text-files.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'radio-text-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const page = (body: string) => `<!doctype html><html lang="vi"><head><title>Bản đọc</title></head><body>${body}</body></html>`;

async function site(pages: Record<string, string>): Promise<void> {
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), html);
  }
}

describe('writeRadioTextFiles', () => {
  it('writes each script’s text, entities decoded, as a Windows text file where the page asks', async () => {
    await site({
      'bai-viet/a/ban-doc/index.html': page(
        `<p>Mã nguồn: &lt;pre data-radio-text&gt; không phải bản đọc.</p><pre class="radio-text" data-radio-text data-radio-text-file="/bai-viet/a/ban-doc.txt">Kính thưa bà con.\n\nBác Hồ &amp; đồng bào Tây Nguyên.</pre><p>Hết</p>`,
      ),
      'bai-viet/a/index.html': page('<p>Trang bài, không có bản đọc.</p>'),
    });
    expect(await writeRadioTextFiles(dir)).toBe(1);
    const text = await readFile(join(dir, 'bai-viet/a/ban-doc.txt'), 'utf8');
    expect(text).toContain('Bác Hồ & đồng bào Tây Nguyên.');
    expect(text).toContain('Kính thưa bà con.\r\n');
    expect(text).not.toContain('<');
  });

  it('refuses a script that names no file, or a file outside the site', async () => {
    await site({ 'a/index.html': page('<pre data-radio-text>Không có tệp</pre>') });
    await expect(writeRadioTextFiles(dir)).rejects.toThrow('data-radio-text-file');
    await site({ 'a/index.html': page('<pre data-radio-text data-radio-text-file="/../ngoai.txt">Ra ngoài</pre>') });
    await expect(writeRadioTextFiles(dir)).rejects.toThrow();
  });

  it('refuses two pages writing the same file', async () => {
    const script = '<pre data-radio-text data-radio-text-file="/chung.txt">Một</pre>';
    await site({ 'a/index.html': page(script), 'b/index.html': page(script) });
    await expect(writeRadioTextFiles(dir)).rejects.toThrow('both write');
  });
});
