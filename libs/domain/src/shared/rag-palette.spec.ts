import { DONE_COLOURS, NO_RAG_COLOURS, RAG_PALETTE, ragPaletteCss } from './rag-palette';

/** WCAG relative luminance contrast of two hex colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('the RAG palette', () => {
  it.each(Object.entries({ ...RAG_PALETTE, NONE: NO_RAG_COLOURS, DONE: DONE_COLOURS }))('%s text is readable on its fill and its tint', (_, colours) => {
    expect(contrast(colours.fill, colours.text)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.tint, colours.tintText)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colours.mark, 'FFFFFF')).toBeGreaterThanOrEqual(3);
  });

  it('is offered to stylesheets as custom properties', () => {
    const css = ragPaletteCss();
    expect(css).toContain('--rag-red-fill: #C00000;');
    expect(css).toContain('--rag-amber-tint-text: #4A3000;');
    expect(css).toContain('--rag-none-mark: #4A4F57;');
  });
});
