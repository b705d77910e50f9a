// Warns about source files over 400 lines (the house rule: split a file past ~400 lines). Demo data,
// generated SQL snapshots and migrations are exempt. Warns only: it never fails the build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const LIMIT = 400;
const ROOTS = ['src', 'bench', 'e2e', 'scripts'];
const EXEMPT = [/^src\/db\/demo\//, /\.sql$/, /\.test\.tsx?$/];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

const long: { path: string; lines: number }[] = [];
for (const root of ROOTS) {
  for (const path of files(root)) {
    const rel = relative('.', path);
    if (EXEMPT.some((e) => e.test(rel))) continue;
    const lines = readFileSync(path, 'utf8').split('\n').length;
    if (lines > LIMIT) long.push({ path: rel, lines });
  }
}
long.sort((a, b) => b.lines - a.lines);
for (const f of long) console.warn(`文件过长 / file over ${LIMIT} lines: ${f.path} (${f.lines})`);
if (long.length === 0) console.log(`file sizes: every source file is within ${LIMIT} lines`);
