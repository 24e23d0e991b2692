/** A document's attachment, served from the site next to its page: /van-ban/<slug>/<file>.pdf */
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { getCatalog, type Document } from '../../../data/catalog';
import { attachmentName, attachmentType } from '../../../lib/attachments';

export async function getStaticPaths() {
  const { documents, attachments } = await getCatalog();
  return documents.map((document: Document) => ({
    params: { slug: document.id, file: attachmentName(document.data.attachment.file) },
    props: { source: attachments.get(document.id)?.source ?? '' },
  }));
}

export const GET: APIRoute = async ({ props, params }) =>
  new Response(await readFile(props.source as string), { headers: { 'Content-Type': attachmentType(params.file ?? '') } });
