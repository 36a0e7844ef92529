/**
 * How a CSV file's bytes become text and cells, as councils' files arrive: Excel's "CSV UTF-8"
 * (with a byte-order mark), plain UTF-8, Excel's default "CSV" on Windows (Windows-1252, where
 * "£" is the single byte 0xA3), "Unicode text" (UTF-16 with a mark); separated by commas,
 * semicolons (Excel where the decimal mark is a comma) or tabs. Pure: bytes in, text out.
 */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';
export type CsvDelimiter = ',' | ';' | '\t';

export function decodeCsv(content: Buffer): { text: string; encoding: CsvEncoding } {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(content.subarray(3)), encoding: 'utf-8' };
  }
  if (content[0] === 0xff && content[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(content.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content), encoding: 'utf-8' };
  } catch {
    // Not UTF-8, so a single-byte code page: Windows-1252 is what Excel writes in the UK.
    return { text: windows1252(content), encoding: 'windows-1252' };
  }
}

// Windows-1252 is ISO-8859-1 except for 0x80-0x9F, which hold typographic characters (these
// five bytes are unassigned and kept as they are). Spelled out because Node's TextDecoder
// without full ICU decodes "windows-1252" as Latin-1, turning a curly apostrophe into a control.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function windows1252(content: Buffer): string {
  let text = '';
  for (const byte of content)
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}

const CANDIDATES: CsvDelimiter[] = [',', ';', '\t'];
const LINES_LOOKED_AT = 30;

/** Counts each candidate outside double quotes on one line. */
function countsOn(line: string): Record<CsvDelimiter, number> {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char]++;
  }
  return counts;
}

/**
 * The delimiter that splits the most of the first lines into the same number of cells: a
 * table's separator repeats the same number of times on every row, while commas inside
 * free text vary. Ties go to the comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, LINES_LOOKED_AT);
  const perLine = lines.map(countsOn);
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const candidate of CANDIDATES) {
    const frequency = new Map<number, number>();
    for (const counts of perLine)
      if (counts[candidate] > 0) frequency.set(counts[candidate], (frequency.get(counts[candidate]) ?? 0) + 1);
    const score = Math.max(0, ...frequency.values());
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
