export * from './board-pack.model';
export { boardPackHtml } from './board-pack.html';
export { boardPackPdf } from './board-pack.pdf';
export { boardPackXlsx } from './board-pack.xlsx';
export { excel, pdfDocument } from './on-demand-libraries';
