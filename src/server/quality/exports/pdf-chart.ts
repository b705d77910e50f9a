// A chart's SVG placed in a pdfmake document under its caption, with Chinese text that renders.
// pdfmake hands an SVG's text to svg-to-pdfkit with the font dictionary's entry, and a .ttc entry ([file, face],
// the Noto CJK of ../../platform/pdf.ts) cannot be opened that way (stack-notes.md §8): svg-to-pdfkit then keeps
// the font pdfkit used last. The caption, printed in the regular CJK face right before the chart in one
// unbreakable stack, makes that font the regular CJK face, so the chart's Chinese labels and digits render in
// it (no boxes); that one known warning per label is dropped, any other goes to process warnings. A single-file
// font in the dictionary (the LXGW WenKai fallback) is opened directly and needs none of this.
import type { Content, ContentSvg } from 'pdfmake/interfaces';

/** The family platform/pdf.ts registers; the SVG's text asks for it. */
const FAMILY = 'CJK';
const TTC_WARNING = 'SVGElemText: failed to open font';

/** Properties pdfmake 0.3 reads from an SVG node that @types/pdfmake does not declare. */
type SvgNode = ContentSvg & {
  font: string;
  options: { warningCallback: (message: string) => void };
};

const onWarning = (message: string): void => {
  if (!message.startsWith(TTC_WARNING)) process.emitWarning(message, 'PdfChartWarning');
};

/** The caption (always the regular face: see above) over the chart, kept on one page. */
export function chartBlock(caption: string, svg: string, width: number): Content {
  const node: SvgNode = { svg, width, font: FAMILY, options: { warningCallback: onWarning } };
  return {
    stack: [{ text: caption, bold: false, italics: false, fontSize: 8.5, margin: [0, 0, 0, 2] }, node],
    unbreakable: true,
  };
}
