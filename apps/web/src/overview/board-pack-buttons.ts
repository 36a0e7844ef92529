/// <reference lib="dom" />
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { download } from '../export/export-buttons';
import { quartersOf } from '../figures';
import { sessionHeaders } from '../session';

type Format = 'pdf' | 'html' | 'xlsx';
const FORMATS: Array<{ format: Format; label: string; type: string }> = [
  { format: 'pdf', label: 'PDF', type: 'application/pdf' },
  { format: 'html', label: 'HTML', type: 'text/html' },
  { format: 'xlsx', label: 'XLSX', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
];

/** The server's own answer, in words: its JSON error message, else its status. */
async function failure(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: Array<{ message?: string }> };
    if (body.errors?.[0]?.message) return body.errors[0].message;
  } catch {
    // not JSON: say what status came back
  }
  return `The server answered ${response.status}`;
}

/**
 * Download the board pack of a partnership (a county board's id gives the county pack) for a
 * quarter, from GET /board-packs/:id. Fetched rather than linked so a pasted sign-in token is sent
 * as well as the session cookie; the moment viewed (asOf) is passed on.
 */
export function BoardPackButtons({ partnershipId, name, year, quarter, asOf }: { partnershipId: string; name: string; year: string; quarter: string | null; asOf: string | null }) {
  const quarters = quartersOf(year);
  const [chosen, setChosen] = useState(quarter && quarters.includes(quarter) ? quarter : quarters[0]);
  const [state, setState] = useState<{ busy: Format | null; message: string | null; error: boolean }>({ busy: null, message: null, error: false });
  const id = `pack-quarter-${partnershipId}`;
  const fetchPack = async (format: Format, type: string) => {
    setState({ busy: format, message: null, error: false });
    const query = new URLSearchParams({ quarter: chosen, format });
    if (asOf) query.set('asOf', asOf);
    try {
      const response = await fetch(`/board-packs/${encodeURIComponent(partnershipId)}?${query}`, { credentials: 'same-origin', headers: sessionHeaders() });
      if (!response.ok) throw new Error(await failure(response));
      const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `board-pack.${format}`;
      download(fileName, type, await response.blob());
      setState({ busy: null, message: `Board pack for ${chosen} downloaded (${fileName}).`, error: false });
    } catch (error) {
      setState({ busy: null, message: `The board pack could not be made: ${(error as Error).message}`, error: true });
    }
  };
  return h(
    'section',
    { class: 'board-pack no-print', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, 'Board pack'),
    h('p', { class: 'explain' }, `The pack for ${name}: the quarter's figures as they stood at its end${asOf ? ', as recorded at the moment shown' : ''}.`),
    h(
      'div',
      { class: 'pack-row' },
      h('span', { class: 'filter' }, h('label', { for: id }, 'Quarter'), h('select', { id, value: chosen, onChange: (e: Event) => setChosen((e.target as HTMLSelectElement).value) }, quarters.map((q) => h('option', { key: q, value: q }, q)))),
      FORMATS.map(({ format, label, type }) =>
        h('button', { key: format, type: 'button', disabled: state.busy !== null, onClick: () => void fetchPack(format, type) }, state.busy === format ? `Making the ${label}…` : `Board pack (${label})`),
      ),
      h('button', { type: 'button', onClick: () => window.print() }, 'Print this page'),
    ),
    h('p', { role: state.error ? 'alert' : 'status', class: state.error ? 'notice notice-error' : 'pack-status' }, state.message ?? ''),
  );
}
