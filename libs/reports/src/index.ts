export * from './board-pack.model';
export { type BoardPackIndicator, type BoardPackIndicatorQuarter, figureOf, indicatorsOf } from './board-pack.indicators';
export { type BoardPackSummary, actionsByPriority, countySummaryOf, packSummaryOf, summaryOf } from './board-pack.summary';
export { ukDateWords, ukMomentWords } from './board-pack.dates';
export { boardPackHtml } from './board-pack.html';
export { boardPackPdf } from './board-pack.pdf';
export { boardPackXlsx } from './board-pack.xlsx';
export { excel, pdfDocument } from './on-demand-libraries';
