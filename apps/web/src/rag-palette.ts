/// <reference lib="dom" />
import { NO_RAG_COLOURS, RAG_PALETTE, type RagColours } from '@saferplan/domain/shared/rag-palette';

/**
 * The board pack's RAG palette as CSS custom properties on the page (--rag-green-tint, ...), so
 * styles.css reads the same colours the PDF, HTML and XLSX packs print: one palette, no copies.
 */
export function applyRagPalette(root: HTMLElement = document.documentElement): void {
  const tones: Array<[string, RagColours]> = [...Object.entries(RAG_PALETTE), ['NONE', NO_RAG_COLOURS]];
  for (const [tone, colours] of tones) {
    for (const [part, hex] of Object.entries(colours)) {
      root.style.setProperty(`--rag-${tone.toLowerCase()}-${part.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, `#${hex}`);
    }
  }
}
