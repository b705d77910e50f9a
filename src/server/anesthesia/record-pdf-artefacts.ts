// Test support for the printed record: the PDF and its pages as PNG (pdftoppm -png -r 60) kept under
// test-results/record-pdf/ for a person to look at, and each page's text (pdftotext, whitespace removed).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Playwright empties test-results/ when e2e starts: run these tests after it, or set another folder.
export const ARTEFACT_DIR = resolve(process.env.PERIOP_RECORD_PDF_DIR ?? 'test-results/record-pdf');

/** `texts`: each page's text without whitespace; `words`: all pages' text split on whitespace. */
export type PdfArtefacts = { file: string; pages: number; texts: string[]; words: string[]; pngs: string[] };

export function pdfArtefacts(pdf: Uint8Array, name: string): PdfArtefacts {
  mkdirSync(ARTEFACT_DIR, { recursive: true });
  for (const old of readdirSync(ARTEFACT_DIR))
    if (old.startsWith(`${name}-`) && old.endsWith('.png')) rmSync(join(ARTEFACT_DIR, old));
  const file = join(ARTEFACT_DIR, `${name}.pdf`);
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())![1]);
  const raw = Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']).toString(),
  );
  const texts = raw.map((t) => t.replace(/\s+/g, ''));
  const words = raw.join(' ').split(/\s+/).filter(Boolean);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(ARTEFACT_DIR, name)]);
  const pngs = readdirSync(ARTEFACT_DIR)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => join(ARTEFACT_DIR, f));
  return { file, pages, texts, words, pngs };
}
