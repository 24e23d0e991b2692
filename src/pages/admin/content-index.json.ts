/** What the editor's save check knows of the published content (src/data/content-index.ts). */
import type { APIRoute } from 'astro';
import { contentIndex } from '../../data/content-index';

export const GET: APIRoute = async () => Response.json(await contentIndex());
