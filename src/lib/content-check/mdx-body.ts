/**
 * What an MDX body may hold: text, Markdown and the storytelling blocks with literal
 * attributes (src/lib/mdx-components.ts), nothing that runs. MDX compiles a body into a
 * program, so `{process.env.HOME}` would print the build machine's secrets on a public page
 * and `<script>` would reach readers' browsers; this check refuses every such construct,
 * naming its line, in the editor before saving and in the build before anything is compiled.
 * It parses with micromark's MDX extensions, the reference parser of the MDX language, so
 * code is found where MDX finds it, not where a pattern guesses.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { MDX_COMPONENTS, MDX_COMPONENT_NAMES, isMdxComponent, type ComponentContract } from '../mdx-components';

/** One thing wrong in a body, at a line counted from the body's first line (1). */
export interface BodyProblem {
  line: number;
  message: string;
}

/** An image the body shows, as written ("./anh/lop-hoc.jpg"). */
export interface BodyImage {
  line: number;
  path: string;
}

/** What the check found: problems, and the images whose files the caller must find. */
export interface BodyFindings {
  problems: BodyProblem[];
  images: BodyImage[];
}

/** The parts of an mdast node this check reads. */
interface Node {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

/** A JSX attribute: `name="value"`, `name={…}` or `{...spread}`. */
export interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Link targets a reader may follow: web pages, e-mail, phone, and places on this site. */
const SAFE_LINK = /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/i;

const BLOCKS = MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/** Checks one body. */
export function checkMdxBody(body: string): BodyFindings {
  let tree: Node;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) as Node;
  } catch (error) {
    return { problems: [syntaxProblem(error)], images: [] };
  }
  const findings: BodyFindings = { problems: [], images: [] };
  visit(tree, [], findings, body);
  return findings;
}

/** The text of a node as written, shortened, so an editor who sees the form and not the file finds it. */
function excerptOf(node: Node, body: string): string {
  const { start, end } = node.position ?? { start: {}, end: {} };
  if (start.offset === undefined || end.offset === undefined) return '';
  const text = body.slice(start.offset, end.offset).replace(/\s+/g, ' ').trim();
  return ` («${text.length > 48 ? `${text.slice(0, 47)}…` : text}»)`;
}

function visit(node: Node, ancestors: string[], findings: BodyFindings, body: string): void {
  const line = node.position?.start.line ?? 1;
  const where = `Dòng ${line}${excerptOf(node, body)}`;
  const report = (message: string) => findings.problems.push({ line, message: `${where}: ${message}` });
  switch (node.type) {
    case 'mdxjsEsm':
      report(
        'dòng bắt đầu bằng "import" hoặc "export" là mã chương trình, không dùng được trong bài. Hãy xóa dòng này, hoặc viết lại câu để không bắt đầu bằng chữ ấy.',
      );
      return;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(
        'phần trong dấu ngoặc nhọn { } là mã chương trình, không dùng được trong bài. Hãy xóa nó; nếu chỉ cần đặt chữ trong ngoặc, dùng ngoặc đơn ( ).',
      );
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const problems = tagProblems(node.name, node.attributes);
      problems.forEach(report);
      if (!node.name || !isMdxComponent(node.name)) return;
      const parent = (MDX_COMPONENTS[node.name] as ComponentContract).parent;
      if (parent && ancestors.at(-1) !== parent) report(`<${node.name}> phải nằm ngay trong một khối <${parent}>.`);
      break;
    }
    case 'link':
    case 'definition':
      if (node.url !== undefined && !SAFE_LINK.test(node.url.trim())) {
        report(
          `liên kết "${node.url}" không dùng được. Chỉ liên kết tới trang web (http://, https://), thư điện tử (mailto:) hoặc một trang của trang này.`,
        );
      }
      break;
    case 'image':
      checkImage(node.url ?? '', line, report, findings);
      break;
  }
  const inside = node.type.startsWith('mdxJsx') && node.name ? [...ancestors, node.name] : ancestors;
  for (const child of node.children ?? []) visit(child, inside, findings, body);
}

/**
 * What is wrong with a tag and its attributes, apart from where it sits: not one of the blocks,
 * or an attribute that is code, an event handler or not the block's. The first message, when
 * the tag is refused as a whole, ends the list. The build's compiler runs the same rules.
 */
export function tagProblems(name: string | null | undefined, attributes: readonly Attribute[] = []): string[] {
  if (!name || !isMdxComponent(name)) {
    const shown = name ? `<${name}>` : '<>';
    return [
      name && /^[A-Z]/.test(name)
        ? `không có thành phần ${shown}. Các thành phần dùng được: ${BLOCKS}.`
        : `thẻ ${shown} không dùng được trong bài (bài chỉ gồm chữ, định dạng Markdown và các khối ${BLOCKS}). Nếu cần viết dấu <, hãy gõ \\<.`,
    ];
  }
  const contract = MDX_COMPONENTS[name];
  const allowed: readonly string[] = [...contract.required, ...contract.optional];
  const written = new Set<string>();
  const problems: string[] = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push(`<${name}> chỉ nhận thuộc tính dạng tên="chữ", không nhận mã chương trình trong dấu ngoặc nhọn.`);
      continue;
    }
    const attributeName = attribute.name;
    written.add(attributeName);
    if (/^on/i.test(attributeName) || !allowed.includes(attributeName)) {
      problems.push(
        `<${name}> không có thuộc tính "${attributeName}".${allowed.length > 0 ? ` Thuộc tính dùng được: ${allowed.join(', ')}.` : ' Khối này không có thuộc tính nào.'}`,
      );
    } else if (typeof attribute.value !== 'string') {
      problems.push(`thuộc tính ${attributeName} của <${name}> phải là chữ trong dấu ngoặc kép, ví dụ ${attributeName}="…".`);
    } else if (/^\s*(?:javascript|vbscript|data):/i.test(attribute.value)) {
      problems.push(`thuộc tính ${attributeName} của <${name}> không được là một liên kết chạy mã ("${attribute.value.slice(0, 20)}…").`);
    }
  }
  for (const required of contract.required) {
    if (!written.has(required)) problems.push(`<${name}> thiếu thuộc tính ${required}="…".`);
  }
  return problems;
}

/** Images must be files next to the content, so the build optimises them and no page loads another site's. */
function checkImage(url: string, line: number, report: (message: string) => void, findings: BodyFindings): void {
  const path = url.trim();
  if (/^\.{1,2}\//.test(path)) {
    findings.images.push({ line, path });
    return;
  }
  report(
    `ảnh "${path}" phải là một tệp đặt cạnh nội dung, viết dạng ./anh/ten-anh.jpg (không dùng địa chỉ trang web khác hay đường dẫn bắt đầu bằng /).`,
  );
}

/** A syntax error, told in Vietnamese with what to do; micromark's English reason is not shown to editors. */
function syntaxProblem(error: unknown): BodyProblem {
  const { line = 1, ruleId = '', source = '', reason = '' } = error as { line?: number; ruleId?: string; source?: string; reason?: string };
  const tag = /`<\/?([^>`]*)>`/.exec(reason)?.[1];
  let message: string;
  if (source.includes('expression')) {
    message =
      'dấu ngoặc nhọn { mở đầu một đoạn mã chương trình, không dùng được trong bài. Nếu chỉ cần đặt chữ trong ngoặc, dùng ngoặc đơn ( ).';
  } else if (ruleId === 'end-tag-mismatch' && tag) {
    message = `khối <${tag}> chưa được đóng đúng chỗ: mỗi khối mở bằng <${tag} …> phải đóng bằng </${tag}> (hoặc tự đóng bằng />), và các khối lồng nhau phải đóng theo thứ tự.`;
  } else if (ruleId === 'unexpected-closing-slash') {
    message = 'có thẻ đóng </…> mà không có thẻ mở tương ứng.';
  } else if (ruleId === 'unexpected-lazy') {
    message =
      'một khối nằm trong dòng trích dẫn (>) hoặc danh sách bị ngắt giữa chừng: viết khối ấy trên các dòng riêng, cách một dòng trống.';
  } else {
    message =
      'dấu < hoặc { bắt đầu một khối nhưng viết chưa đúng. Kiểm tra tên khối, dấu ngoặc kép quanh thuộc tính và thẻ đóng; nếu là dấu nhỏ hơn hay ngoặc nhọn trong câu, hãy gõ \\< hoặc \\{.';
  }
  return { line, message: `Dòng ${line}: ${message}` };
}
