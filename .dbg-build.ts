import { buildSearchIndex } from './src/integrations/search-index.ts';
import { withFoldedDWords } from './bench/search/d-meta-variant.ts';
console.log(await buildSearchIndex({ siteDir: '/tmp/sdist', outputPath: '/tmp/sdist/pagefind-dmeta', transform: withFoldedDWords }));
