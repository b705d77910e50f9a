// `npm run bench -- <name> [args]` runs bench/<name>.ts, which prints its own figures.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [name, ...rest] = process.argv.slice(2);
const dir = import.meta.dirname;
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''));

if (!name || !existsSync(join(dir, `${name}.ts`))) {
  console.error(`usage: npm run bench -- <name>   (available: ${available.join(', ')})`);
  process.exit(2);
}
process.argv = [process.argv[0]!, join(dir, `${name}.ts`), ...rest];
await import(join(dir, `${name}.ts`));
