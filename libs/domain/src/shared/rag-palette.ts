/**
 * The one RAG palette of every rendering: the board pack (PDF, HTML, XLSX) and the dashboard.
 * Hex without "#", as Excel's ARGB and pdfkit both take it. Each strong fill carries a text
 * colour of at least 4.5:1 on it; the tints are for large areas (dashboard chips, tiles) where a
 * strong fill would shout. Colour only repeats the RAG word printed beside it.
 */
export type RagTone = 'GREEN' | 'AMBER' | 'RED';

export interface RagColours {
  /** The usual RAG fill boards know from their spreadsheets. */
  fill: string;
  /** Text drawn on the fill. */
  text: string;
  /** A light tint of the fill, with its text colour: chips and tiles. */
  tint: string;
  tintText: string;
  /** A dark tone for marks on white (chart points, lines), at least 3:1 against white. */
  mark: string;
}

export const RAG_PALETTE: Readonly<Record<RagTone, RagColours>> = {
  GREEN: { fill: '00B050', text: '000000', tint: 'D4EED9', tintText: '0B3D17', mark: '1E7B34' },
  AMBER: { fill: 'FFC000', text: '000000', tint: 'FFE6A6', tintText: '4A3000', mark: 'B36B00' },
  RED: { fill: 'C00000', text: 'FFFFFF', tint: 'F9D2D2', tintText: '6B0A0A', mark: 'B00020' },
};

/** No RAG yet (not started, no update, no target): grey, never a RAG colour. */
export const NO_RAG_COLOURS: Readonly<RagColours> = { fill: 'E6E7EA', text: '1F2328', tint: 'EEF0F2', tintText: '2B2F36', mark: '4A4F57' };

/** Completed: blue, so "done" never reads as a RAG. */
export const DONE_COLOURS: Readonly<RagColours> = { fill: '1A4B9C', text: 'FFFFFF', tint: 'D6E4F7', tintText: '0D2F5E', mark: '1A4B9C' };

/** The palette as CSS custom properties: ["--rag-green-fill", "#00B050"], ... (NONE and DONE too). */
export function ragPaletteProperties(): Array<[string, string]> {
  const tones: Array<[string, RagColours]> = [...Object.entries(RAG_PALETTE), ['NONE', NO_RAG_COLOURS], ['DONE', DONE_COLOURS]];
  return tones.flatMap(([tone, colours]) =>
    Object.entries(colours).map(([part, hex]): [string, string] => [`--rag-${tone.toLowerCase()}-${part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, `#${hex}`]),
  );
}

/** The same properties as one CSS rule, for a self-contained page (the HTML pack). */
export const ragPaletteCss = (selector = ':root'): string => `${selector} { ${ragPaletteProperties().map(([name, value]) => `${name}: ${value};`).join(' ')} }`;
