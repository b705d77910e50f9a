// The one-way import rule (DESIGN.md) is a lint error: a wrong-way import in a fixture fails Biome with
// the project's own configuration, and the right-way imports beside it pass.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const biome = join(root, 'node_modules', '.bin', 'biome');
const fixture = mkdtempSync(join(tmpdir(), 'periop-boundaries-'));
const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8')) as Record<string, unknown>;
writeFileSync(
  join(fixture, 'biome.json'),
  JSON.stringify({ ...config, $schema: undefined, vcs: { enabled: false } }),
);
afterAll(() => rmSync(fixture, { recursive: true, force: true }));

/** The import rule's findings for one file: the specifiers Biome refuses. */
function refused(path: string, specifiers: string[]): string[] {
  const file = join(fixture, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `${specifiers.map((s, i) => `import { v${i} } from '${s}';`).join('\n')}\nexport const all = [${specifiers.map((_, i) => `v${i}`).join(', ')}];\n`,
  );
  let out = '';
  try {
    execFileSync(biome, ['lint', '--reporter=json', '--max-diagnostics=50', path], {
      cwd: fixture,
      stdio: 'pipe',
    });
  } catch (e) {
    out = String((e as { stdout: Buffer }).stdout);
  }
  if (!out) return [];
  const report = JSON.parse(out) as {
    diagnostics: { category: string; location: { start: { line: number } } }[];
  };
  // One import per line: the refused line's import is its specifier.
  return report.diagnostics
    .filter((d) => d.category === 'lint/style/noRestrictedImports')
    .map((d) => specifiers[d.location.start.line - 1]!);
}

describe('one-way imports', () => {
  it('refuses the database layer importing the server, the web or the contracts', () => {
    expect(
      refused('src/db/probe.ts', ['../server/app', '../web/shared/api', '../api/registry', '../domain/x']),
    ).toEqual(['../server/app', '../web/shared/api', '../api/registry']);
  });

  it('keeps the domain pure', () => {
    expect(
      refused('src/domain/scores/probe.ts', [
        '../../db/client',
        'drizzle-orm',
        'node:fs',
        'react',
        '../common/x',
        'zod',
      ]),
    ).toEqual(['../../db/client', 'drizzle-orm', 'node:fs', 'react']);
  });

  it('lets the web app import only the contracts, the domain and itself', () => {
    expect(
      refused('src/web/registry/probe.ts', [
        '../../server/app',
        '../../db/schema',
        '../../api/registry',
        '../shared/api',
        '../../domain/x',
      ]),
    ).toEqual(['../../server/app', '../../db/schema']);
  });

  it('lets the contracts import only the domain', () => {
    expect(refused('src/api/probe.ts', ['../db/schema', '../server/x', '../web/y', '../domain/z'])).toEqual([
      '../db/schema',
      '../server/x',
      '../web/y',
    ]);
  });

  it('keeps tables behind repositories in server code, and the web out of it', () => {
    expect(
      refused('src/server/registry/probe.ts', [
        '../../db/schema',
        '../../web/shared/api',
        '../../db/registry/case.repo',
      ]),
    ).toEqual(['../../db/schema', '../../web/shared/api']);
    // Tests may seed tables directly.
    expect(refused('src/server/registry/probe.int.test.ts', ['../../db/schema'])).toEqual([]);
  });
});
