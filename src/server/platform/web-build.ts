// `npm start` builds the web app when the build is missing or older than its sources.
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './version';

const SOURCES = ['src/web', 'src/domain', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function webBuildIsStale(distIndex: string): boolean {
  const built = newestMtime(distIndex);
  if (built === 0) return true;
  return SOURCES.some((s) => newestMtime(resolve(PROJECT_ROOT, s)) > built);
}

export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: resolve(PROJECT_ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
