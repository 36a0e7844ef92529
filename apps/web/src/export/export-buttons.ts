/// <reference lib="dom" />
import { h } from 'preact';
import { toCsv } from './csv';
import { tableCells } from './table-cells';
import { toXlsx } from './xlsx';

/** Hands bytes to the browser as a download; nothing goes to the server. */
export function download(fileName: string, type: string, body: BlobPart): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const fileSafe = (name: string) => name.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'table';

/** "Download CSV" and "Download XLSX" for the table with this id, as it is shown (filtered and sorted). */
export function ExportButtons({ tableId, name }: { tableId: string; name: string }) {
  const rows = () => {
    const table = document.getElementById(tableId);
    return table instanceof HTMLTableElement ? tableCells(table) : [];
  };
  return h(
    'div',
    { class: 'export-buttons no-print', role: 'group', 'aria-label': `Download ${name}` },
    h('button', { type: 'button', onClick: () => download(`${fileSafe(name)}.csv`, 'text/csv;charset=utf-8', toCsv(rows())) }, 'Download CSV', h('span', { class: 'visually-hidden' }, `: ${name}`)),
    h(
      'button',
      { type: 'button', onClick: () => download(`${fileSafe(name)}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', toXlsx(rows(), name)) },
      'Download XLSX',
      h('span', { class: 'visually-hidden' }, `: ${name}`),
    ),
  );
}
