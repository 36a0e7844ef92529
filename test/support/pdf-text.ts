import { inflateSync } from 'node:zlib';

/**
 * The text a pdfkit document draws, one line per text object: its content streams inflated and
 * the hex strings of every TJ array decoded (the numbers between them are only kerning).
 */
export function pdfText(pdf: Buffer): string {
  const lines: string[] = [];
  const raw = pdf.toString('latin1');
  for (const [, stream] of raw.matchAll(/\bstream\r?\n([^]*?)\r?\nendstream/g)) {
    let content = stream;
    try {
      content = inflateSync(Buffer.from(stream, 'latin1')).toString('latin1');
    } catch {
      // not compressed
    }
    for (const [, array] of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      lines.push([...array.matchAll(/<([0-9a-fA-F]*)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''));
    }
  }
  return lines.join('\n');
}
