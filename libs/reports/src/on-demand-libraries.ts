import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

/**
 * File-format libraries only imports and board packs need, loaded on first use: exceljs and
 * pdfkit alone were a seventh of a national server's cold start.
 */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function pdfDocument(): Promise<typeof PDFDocument> {
  return (await import('pdfkit')).default;
}
