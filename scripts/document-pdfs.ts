/**
 * The small summary PDFs attached to the documents ("Tóm tắt – tài liệu mẫu"), made from the
 * documents' own text: front matter (kind, number, issuer, date, title, summary, where to read
 * the official text) and the body (paragraphs, "##" headings, lists). So a corrected title or
 * standard reaches its PDF by running this again, and the same text always gives the same bytes
 * (fixed dates and font names; tests/content/document-pdfs.test.ts compares them).
 * Usage: node scripts/document-pdfs.ts [content folder] (default: content).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { parse } from 'yaml';
import { curlyQuotes } from '../src/lib/typography.ts';

/** Be Vietnam Pro, the share cards' TTF files (OFL licence beside them). */
const FONT_DIR = new URL('../src/assets/fonts/share/', import.meta.url);

/** A4 in points, and the margins. */
const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const LINE_HEIGHT = 1.45;
const INK = rgb(0.12, 0.1, 0.09);
const RED = rgb(0.55, 0.1, 0.1);
const MUTED = rgb(0.36, 0.33, 0.3);

/** What the PDF is made from: a document's front matter and body, as the content file has them. */
export interface SummarySource {
  type: string;
  number?: string;
  issuer: string;
  issued?: string;
  year?: number;
  title: string;
  description: string;
  officialSource?: string;
  pubDate: string;
  body: string;
}

/** The two weights the PDF sets text in, as TTF bytes. */
export interface SummaryFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

type Block = { kind: 'heading' | 'paragraph'; text: string } | { kind: 'list'; items: string[]; ordered: boolean };

/** Markdown inline marks as plain text: emphasis dropped, a link reduced to its words, quotes curly. */
function plain(text: string): string {
  return curlyQuotes(
    text
      .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
      .replace(/\*\*?([^*]+)\*\*?/gu, '$1')
      .replace(/\s+/gu, ' ')
      .trim(),
  ).normalize('NFC');
}

/** The body's blocks: "## " headings, lists ("- " or "1. "), and paragraphs. */
function blocks(body: string): Block[] {
  return body
    .split(/\n\s*\n/u)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): Block => {
      const lines = chunk.split('\n');
      if (chunk.startsWith('## ')) return { kind: 'heading', text: plain(chunk.slice(3)) };
      if (lines.every((line) => /^(-|\d+\.) /u.test(line))) {
        return { kind: 'list', ordered: /^\d/u.test(chunk), items: lines.map((line) => plain(line.replace(/^(-|\d+\.) /u, ''))) };
      }
      return { kind: 'paragraph', text: plain(chunk) };
    });
}

/** "ngày 9/5/2024" from "2024-05-09", or "năm 2018" for a theme known only by its year. */
function dateLine(source: SummarySource): string {
  if (source.issued) {
    const [year, month, day] = source.issued.split('-').map(Number);
    return `ngày ${day}/${month}/${year}`;
  }
  return `năm ${source.year ?? ''}`;
}

/** Lays text out line by line down the pages, starting a page when the next line would not fit. */
class Writer {
  private readonly pdf: PDFDocument;
  private page: PDFPage;
  private y: number;

  constructor(pdf: PDFDocument) {
    this.pdf = pdf;
    this.page = pdf.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  /** Wraps text on spaces to the text width (less an indent) and writes it. */
  text(text: string, font: PDFFont, size: number, options: { color?: ReturnType<typeof rgb>; indent?: number; lead?: string } = {}): void {
    const indent = options.indent ?? 0;
    const width = PAGE.width - 2 * PAGE.margin - indent;
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    lines.forEach((content, index) => {
      if (this.y - size * LINE_HEIGHT < PAGE.margin) {
        this.page = this.pdf.addPage([PAGE.width, PAGE.height]);
        this.y = PAGE.height - PAGE.margin;
      }
      this.y -= size * LINE_HEIGHT;
      const x = PAGE.margin + indent;
      if (index === 0 && options.lead)
        this.page.drawText(options.lead, { x: x - indent, y: this.y, size, font, color: options.color ?? INK });
      this.page.drawText(content, { x, y: this.y, size, font, color: options.color ?? INK });
    });
  }

  /** Vertical space between blocks. */
  gap(points: number): void {
    this.y -= points;
  }
}

/** The summary PDF of one document, the same bytes for the same text. */
export async function summaryPdf(source: SummarySource, fonts: SummaryFonts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  const regular = await pdf.embedFont(fonts.regular, { subset: true, customName: 'BeVietnamPro-Medium' });
  const bold = await pdf.embedFont(fonts.bold, { subset: true, customName: 'BeVietnamPro-Bold' });
  const title = plain(source.title);
  const date = new Date(`${source.pubDate}T00:00:00Z`);
  pdf.setTitle(`Tóm tắt: ${title}`);
  pdf.setLanguage('vi');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);

  const out = new Writer(pdf);
  out.text('TÓM TẮT – TÀI LIỆU MẪU', bold, 10, { color: RED });
  out.text('Không phải văn bản chính thức. Bản tóm tắt do Ban Biên tập viết bằng lời của mình.', regular, 9, { color: MUTED });
  out.gap(10);
  out.text(`${plain([source.type, source.number].filter(Boolean).join(' '))} – ${plain(source.issuer)}, ${dateLine(source)}`, bold, 11, {
    color: RED,
  });
  out.gap(2);
  out.text(title, bold, 15);
  out.gap(6);
  out.text(plain(source.description), regular, 11, { color: MUTED });
  for (const block of blocks(source.body)) {
    out.gap(8);
    if (block.kind === 'list') {
      block.items.forEach((item, index) => out.text(item, regular, 11, { indent: 14, lead: block.ordered ? `${index + 1}.` : '•' }));
    } else if (block.kind === 'heading') out.text(block.text, bold, 12.5);
    else out.text(block.text, regular, 11);
  }
  if (source.officialSource) {
    out.gap(12);
    out.text(`Đọc toàn văn chính thức: ${plain(source.officialSource)}`, regular, 10, { color: MUTED });
  }
  return pdf.save({ useObjectStreams: true });
}

/** A document file's summary source and the PDF it attaches, when it attaches a generated summary ("…-tom-tat.pdf"). */
export function summaryOf(text: string): { source: SummarySource; attachment: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/u.exec(text.replace(/^\uFEFF/u, ''));
  if (!match) return undefined;
  const data = parse(match[1] ?? '') as Record<string, unknown> & { attachment?: { file?: string } };
  const attachment = data.attachment?.file;
  if (!attachment?.endsWith('-tom-tat.pdf')) return undefined;
  const field = (name: string) => (data[name] === undefined ? undefined : String(data[name]));
  return {
    attachment,
    source: {
      type: String(data.type),
      number: field('number'),
      issuer: String(data.issuer),
      issued: field('issued'),
      year: typeof data.year === 'number' ? data.year : undefined,
      title: String(data.title),
      description: String(data.description),
      officialSource: field('officialSource'),
      pubDate: String(data.pubDate),
      body: match[2] ?? '',
    },
  };
}

/** The fonts, read once. */
export async function loadSummaryFonts(): Promise<SummaryFonts> {
  const [regular, bold] = await Promise.all(
    ['BeVietnamPro_500Medium.ttf', 'BeVietnamPro_700Bold.ttf'].map(async (file) => new Uint8Array(await readFile(new URL(file, FONT_DIR)))),
  );
  return { regular: regular as Uint8Array, bold: bold as Uint8Array };
}

if (import.meta.main) {
  const folder = path.join(process.argv[2] ?? 'content', 'documents');
  const fonts = await loadSummaryFonts();
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.mdx')).sort()) {
    const summary = summaryOf(await readFile(path.join(folder, name), 'utf8'));
    if (!summary) continue;
    const target = path.join(folder, summary.attachment);
    const bytes = await summaryPdf(summary.source, fonts);
    await writeFile(target, bytes);
    console.log(`${target}: ${bytes.length} B`);
  }
}
