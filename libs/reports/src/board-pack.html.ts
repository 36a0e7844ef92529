import { awaitingApprovalLine, type BoardPack, type BoardPackSection, CHANGED_SINCE_SEAL, changedLine, DETAILS_WITHHELD, treeHeadLine, updateNote } from './board-pack.model';
import { indicatorsHtml } from './board-pack.indicators';
import { EXCEPTION_LABELS, percent, pounds, PROGRESS_COLUMNS, RAG_COLOURS, STATUS_LABELS, subtitleOf } from './rag-colours';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const ragCss = Object.entries(RAG_COLOURS)
  .map(([rag, colours]) => `.rag-${rag} { background: #${colours.fill}; color: #${colours.text}; font-weight: bold; }`)
  .join('\n');

/** A self-contained printable page (no scripts, no external assets); each partnership starts a new printed page. */
export function boardPackHtml(pack: BoardPack): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>${escape(pack.title)}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; margin: 2em; color: #111; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #d9d9d9; }
td.number { text-align: right; }
section + section { page-break-before: always; }
${ragCss}
@media print { body { margin: 0; } }
</style>
</head>
<body>
<h1>${escape(pack.title)}</h1>
<p>${escape(subtitleOf(pack))}</p>
<p class="seal">${
    pack.seal
      ? `Quarter sealed ${escape(pack.seal.sealedAt)}${pack.seal.sealedBy ? ` by ${escape(pack.seal.sealedBy)}` : ''}; seal root <code>${escape(pack.seal.root)}</code> (short <code>${escape(pack.seal.shortRoot)}</code>)${escape(changedLine(pack))}`
      : 'Quarter not sealed'
  }</p>
<p class="tree-head"><code>${escape(treeHeadLine(pack))}</code></p>
${pack.sections.map((section) => sectionHtml(pack, section)).join('\n')}
</body>
</html>
`;
}

function table(headings: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p>${escape(empty)}</p>`;
  return `<table><thead><tr>${headings.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>
${rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('\n')}
</tbody></table>`;
}

const td = (text: string | number, className?: string): string => `<td${className ? ` class="${className}"` : ''}>${escape(String(text))}</td>`;

function sectionHtml(pack: BoardPack, section: BoardPackSection): string {
  const priorities = table(
    ['Priority', 'Statutory', ...PROGRESS_COLUMNS.map(([, label]) => label), '% complete'],
    section.priorities.map((p) => [td(p.title), td(p.statutory ? 'Yes' : 'No'), ...PROGRESS_COLUMNS.map(([key]) => td(p.progress[key], 'number')), td(percent(p.progress.percentComplete), 'number')]),
    'No priorities',
  );
  const actions = table(
    ['Priority', 'Action', 'Lead', 'Status', 'RAG', '% complete', 'Narrative', 'Recorded'],
    section.actions.map((a) => [
      td(a.priority),
      td(a.action),
      td(a.leadOfficer ? `${a.leadAgency} (${a.leadOfficer})` : a.leadAgency),
      td(STATUS_LABELS[a.status] ?? a.status),
      a.update ? td(a.update.rag, `rag-${a.update.rag}`) : td(a.dueBy ? `Due by ${a.dueBy}` : 'No update'),
      td(percent(a.update?.percentComplete ?? a.percentComplete), 'number'),
      td(a.update ? a.update.narrative + updateNote(a.update) : ''),
      td(a.update ? `${a.update.recordedBy}, ${a.update.recordedAt}` : ''),
    ]),
    'No actions',
  );
  const exceptions = table(
    ['Exception', 'Priority', 'Action', 'Detail'],
    section.exceptions.map((e) => [td(EXCEPTION_LABELS[e.kind]), td(e.priority), td(e.action), td(e.detail)]),
    'No exceptions',
  );
  const fundingRows = section.funding.flatMap((s) => [
    [td(s.source), td(s.funder), td(pounds(s.amount), 'number'), td(pounds(s.allocated), 'number'), td(pounds(s.unallocated), 'number'), td(''), td(pounds(s.spentToQuarterEnd), 'number')],
    ...s.actions.map((a) => [td(`— ${a.action}`), td(''), td(''), td(pounds(a.allocated), 'number'), td(''), td(pounds(a.spentInQuarter), 'number'), td(pounds(a.spentToQuarterEnd), 'number')]),
  ]);
  const changes = table(
    ['Priority', 'Action', 'Before', 'After', 'Why', 'Recorded'],
    section.changesSinceSeal.map((c) => [td(c.priority), td(c.action), td(c.before), td(c.after), td(c.reason ?? 'First update for the quarter, recorded after the seal'), td(`${c.recordedBy}, ${c.recordedAt}`)]),
    'None',
  );
  const funding = table(['Source / action', 'Funder', 'Amount', 'Allocated', 'Unallocated', `Spent in ${pack.quarter}`, 'Spent to quarter end'], fundingRows, 'No funding sources recorded');
  return `<section>
<h2>${escape(section.partnership)}</h2>
<p>${escape(section.planTitle ?? `No action plan for ${pack.financialYear}`)}</p>
<h3>Progress by priority</h3>
${priorities}
${awaitingApprovalLine(section) ? `<p>${escape(awaitingApprovalLine(section))}</p>` : ''}
${section.detailsWithheld ? `<p>${escape(DETAILS_WITHHELD)}</p>` : `<h3>Actions and ${escape(pack.quarter)} updates</h3>
${actions}
<h3>Exceptions</h3>
${exceptions}
${pack.seal ? `<h3>${escape(CHANGED_SINCE_SEAL)}</h3>
${changes}` : ''}
<h3>Funding: allocation against spend</h3>
${funding}
${indicatorsHtml(section.indicators)}`}
</section>`;
}
