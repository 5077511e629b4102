import { buildConsole } from './build';

const started = performance.now();
const { outDir, files } = await buildConsole(undefined, undefined, { generateTypes: true });
process.stdout.write(
  `${outDir}: ${files.join(', ')} (${Math.round(performance.now() - started)} ms)\n`,
);
