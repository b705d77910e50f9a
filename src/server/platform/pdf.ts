// PDF documents with Chinese text, rendered by pdfmake with a CJK font from the operating system
// (Debian's fonts-noto-cjk; see ../shared/reference/stack-notes.md §8). Nothing is fetched over the network.
import { existsSync } from 'node:fs';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { AppError } from '../errors/app-error';

const NOTO = '/usr/share/fonts/opentype/noto';
const CANDIDATES: { file: string; fonts: TFontDictionary[string] }[] = [
  {
    file: `${NOTO}/NotoSansCJK-Regular.ttc`,
    fonts: {
      // A .ttc needs the PostScript name of the face inside it.
      normal: [`${NOTO}/NotoSansCJK-Regular.ttc`, 'NotoSansCJKsc-Regular'],
      bold: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKsc-Bold'],
      italics: [`${NOTO}/NotoSansCJK-Regular.ttc`, 'NotoSansCJKsc-Regular'],
      bolditalics: [`${NOTO}/NotoSansCJK-Bold.ttc`, 'NotoSansCJKsc-Bold'],
    } as unknown as TFontDictionary[string],
  },
  {
    file: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
    fonts: {
      normal: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
      bold: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
      italics: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
      bolditalics: '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
    },
  },
];

let configured: boolean | null = null;

function configure(): boolean {
  if (configured !== null) return configured;
  const found = CANDIDATES.find((c) => existsSync(c.file));
  configured = !!found;
  if (found) {
    pdfmake.setFonts({ CJK: found.fonts });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy((p: string) => p.startsWith('/usr/share/fonts/'));
  }
  return configured;
}

/** Renders a document to PDF bytes; without a Chinese font installed the caller gets a clear 503. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  if (!configure()) throw new AppError('pdf_font_missing');
  const out = pdfmake.createPdf({
    pageSize: 'A4',
    ...doc,
    defaultStyle: { font: 'CJK', fontSize: 9, ...doc.defaultStyle },
  });
  return Buffer.from(await out.getBuffer());
}

/** Instant → "2026-11-22 09:30" in the site's time zone. */
export function siteDateTime(at: Date | string | null | undefined, timeZone: string): string {
  if (!at) return '—';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(typeof at === 'string' ? new Date(at) : at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
