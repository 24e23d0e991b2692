import { describe, expect, it } from 'vitest';
import { asImageComponentTags, blockMarker, expandBlocks, type BlockCall } from '../../src/lib/mdx-block-markers';

/** Renders a block as a tag naming it and its attributes, so the tests see what was called with what. */
const show = async ({ name, props }: BlockCall, inner: string) => `<${name} ${JSON.stringify(props)}>${inner}</${name}>`;

describe('blockMarker and expandBlocks', () => {
  it('gives each block its attributes and its rendered inside', async () => {
    const html = `<p>Trước.</p>\n${blockMarker({ name: 'Quote', props: { source: 'Toàn tập, tập 4' } }, '<p>Lời Bác.</p>')}\n<p>Sau.</p>`;
    expect(await expandBlocks(html, show)).toBe('<p>Trước.</p>\n<Quote {"source":"Toàn tập, tập 4"}><p>Lời Bác.</p></Quote>\n<p>Sau.</p>');
  });

  it('renders nested blocks innermost first, so the outer one gets them rendered', async () => {
    const stat = (value: string) => blockMarker({ name: 'Stat', props: { value, label: 'mô hình' } }, '');
    const html = blockMarker({ name: 'Stats', props: {} }, `${stat('659')}${stat('Gần 2.000')}`);
    const calls: string[] = [];
    const expanded = await expandBlocks(html, async (call, inner) => {
      calls.push(call.name);
      return show(call, inner);
    });
    expect(calls).toEqual(['Stat', 'Stat', 'Stats']);
    expect(expanded).toBe(
      '<Stats {}><Stat {"value":"659","label":"mô hình"}></Stat><Stat {"value":"Gần 2.000","label":"mô hình"}></Stat></Stats>',
    );
  });

  it('keeps attributes that hold the end of a comment or braces intact', async () => {
    const props = { source: 'Báo cáo số 5 --> {tập} "trích"' };
    expect(await expandBlocks(blockMarker({ name: 'Quote', props }, 'x'), async (call) => call.props.source ?? '')).toBe(props.source);
  });

  it('refuses a marker that is not closed', async () => {
    await expect(expandBlocks('<!--lt-block Quote {}--><p>x</p>', show)).rejects.toThrow('not closed');
  });
});

describe('asImageComponentTags', () => {
  it('writes a resolved image as the Image component does: the file first, a space in front', () => {
    const resolved =
      '<p><img alt="Tranh &quot;ba bước&quot;" loading="lazy" decoding="async" width="1200" height="800" src="/_astro/a.webp"/></p>';
    expect(asImageComponentTags(resolved)).toBe(
      '<p> <img src="/_astro/a.webp" alt="Tranh &quot;ba bước&quot;" loading="lazy" decoding="async" width="1200" height="800"></p>',
    );
  });

  it('leaves other markup alone', () => {
    const html = '<p> <img src="/_astro/a.webp" alt="x" loading="lazy"></p>';
    expect(asImageComponentTags(html)).toBe(html);
  });
});
