export * from './board-pack.model';
export { type BoardPackIndicator, type BoardPackIndicatorQuarter, figureOf, indicatorsOf } from './board-pack.indicators';
export { boardPackHtml } from './board-pack.html';
export { boardPackPdf } from './board-pack.pdf';
export { boardPackXlsx } from './board-pack.xlsx';
export { excel, pdfDocument } from './on-demand-libraries';
