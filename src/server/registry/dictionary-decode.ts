// The bytes of a HIS export as text: UTF-8 (with or without a byte-order mark), UTF-16 with its mark
// (Excel's "Unicode text"), or GB18030 — the superset of GBK and GB2312 most Chinese HIS write.
import iconv from 'iconv-lite';
import type { DICTIONARY_ENCODINGS } from '../../api/registry';

export type DecodedExport = { text: string; encoding: 'utf-8' | 'gb18030' | 'utf-16le' };

export function decodeExport(bytes: Buffer, asked: (typeof DICTIONARY_ENCODINGS)[number]): DecodedExport {
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (asked === 'utf-8' || utf8Bom) {
    return { text: new TextDecoder('utf-8').decode(utf8Bom ? bytes.subarray(3) : bytes), encoding: 'utf-8' };
  }
  if (asked === 'gb18030') return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  try {
    // Valid UTF-8 is almost never GB18030 text of any length, and the reverse is as rare.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}
