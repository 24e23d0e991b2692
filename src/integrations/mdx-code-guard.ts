/**
 * The last guard against code in content: a plugin of Astro's MDX compiler (Sätteri) that
 * refuses, in the compiler's own parse of every MDX file, each construct that would become code
 * on the built page or at build time: import/export, {expressions}, tags that are not the
 * storytelling blocks, attributes that are code or event handlers. The content checker refuses
 * all of them first, file and line named, before anything is compiled
 * (src/integrations/content-check/); this guard holds even where that check was not run. It
 * runs where bodies are compiled: in the content layer, which renders every body
 * (src/loaders/mdx-body-html.ts), and in Astro's MDX pipeline (astro.config.mjs) for any MDX
 * file a module would import.
 */
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastVisitorContext } from 'satteri';
import { tagProblems, type Attribute } from '../lib/content-check/mdx-body';

/** Stops the compile of the file being read, naming it. */
function refuse(context: MdastVisitorContext, what: string): never {
  const file = context.fileURL ? fileURLToPath(context.fileURL) : 'một tệp MDX';
  throw new Error(
    `${file}: ${what} Nội dung không được chứa mã chương trình; chạy lại để xem thông báo đầy đủ của bước kiểm tra nội dung.`,
  );
}

/** The plugin, for `satteri({ mdastPlugins: [...] })` in astro.config.mjs. */
export const refuseCodeInBodies = defineMdastPlugin({
  name: 'lam-theo-bac:refuse-code-in-bodies',
  mdxjsEsm: (_node, context) => refuse(context, 'dòng import/export là mã chương trình.'),
  mdxFlowExpression: (_node, context) => refuse(context, 'phần trong dấu ngoặc nhọn { } là mã chương trình.'),
  mdxTextExpression: (_node, context) => refuse(context, 'phần trong dấu ngoặc nhọn { } là mã chương trình.'),
  mdxJsxFlowElement: (node, context) => {
    const [problem] = tagProblems(node.name, node.attributes as readonly Attribute[]);
    if (problem) refuse(context, problem);
  },
  mdxJsxTextElement: (node, context) => {
    const [problem] = tagProblems(node.name, node.attributes as readonly Attribute[]);
    if (problem) refuse(context, problem);
  },
});
