import { buildSite } from './build';

const started = performance.now();
const { outDir, files } = await buildSite();
process.stdout.write(
  `site built in ${Math.round(performance.now() - started)} ms: ${files.join(', ')} in ${outDir}\n`,
);
