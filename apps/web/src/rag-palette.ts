/// <reference lib="dom" />
import { ragPaletteProperties } from '@saferplan/domain/shared/rag-palette';

/**
 * The board pack's RAG palette as CSS custom properties on the page (--rag-green-tint, ...), so
 * styles.css reads the same colours the PDF, HTML and XLSX packs print: one palette, no copies.
 */
export function applyRagPalette(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of ragPaletteProperties()) root.style.setProperty(name, value);
}
