import { gzipSync } from 'node:zlib';
import type { BuildOptions, Metafile } from 'esbuild';
import { lambdaBundling } from './node-function';
import { REPO_ROOT } from './paths';

/**
 * esbuild's options for one handler entry, derived from `lambdaBundling()` the way CDK's
 * NodejsFunction passes them on, so a size measured here is the size that ships.
 */
export const lambdaEsbuildOptions = (entry: string): BuildOptions => {
  const b = lambdaBundling();
  return {
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: b.target,
    mainFields: b.mainFields,
    minify: b.minify,
    charset: 'utf8',
    ...(b.banner ? { banner: { js: b.banner } } : {}),
    external: [...(b.externalModules ?? [])],
    write: false,
    metafile: true,
    logLevel: 'silent',
  };
};

export interface LambdaBundleSize {
  /** the minified handler file, source map excluded */
  bytes: number;
  gzipBytes: number;
  metafile: Metafile;
}

/** Bundles an entry in memory and measures it. */
export const lambdaBundleSize = async (entry: string): Promise<LambdaBundleSize> => {
  // esbuild is a build tool: loaded when measuring, never by the CDK app's synth path.
  const { build } = await import('esbuild');
  const out = await build(lambdaEsbuildOptions(entry));
  const js = out.outputFiles?.find((f) => !f.path.endsWith('.map'));
  if (!js) throw new Error(`no bundle for ${entry}`);
  return {
    bytes: js.contents.length,
    gzipBytes: gzipSync(js.contents).length,
    metafile: out.metafile as Metafile,
  };
};

/** The heaviest inputs of a bundle, grouped by package, for a reader wondering why. */
export const largestInputs = (metafile: Metafile, count = 5): Array<[string, number]> => {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const module = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(
        path,
      );
      const key = module ? module[1]! : path.split('/').slice(0, 2).join('/');
      byPackage.set(key, (byPackage.get(key) ?? 0) + input.bytesInOutput);
    }
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, count);
};
