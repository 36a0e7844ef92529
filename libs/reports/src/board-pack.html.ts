import { DONE_COLOURS, NO_RAG_COLOURS } from '@saferplan/domain/shared/rag-palette';
import { awaitingApprovalLine, type BoardPack, type BoardPackSection, CHANGED_SINCE_SEAL, changedLine, DETAILS_WITHHELD, treeHeadLine, updateNote } from './board-pack.model';
import { indicatorsHtml } from './board-pack.indicators';
import { actionsByPriority, type BoardPackSummary, countySummaryOf, packSummaryOf, spendWords } from './board-pack.summary';
import { asRecordedWords, ukMomentWords } from './board-pack.dates';
import { EXCEPTION_LABELS, percent, pounds, PROGRESS_COLUMNS, RAG_COLOURS, STATUS_BARS, STATUS_LABELS } from './rag-colours';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

const ragCss = Object.entries(RAG_COLOURS)
  .map(([rag, colours]) => `.rag-${rag} { background: #${colours.fill}; color: #${colours.text}; font-weight: bold; }`)
  .join('\n');

/**
 * A self-contained printable page (no scripts, no external assets) with the PDF's sections:
 * summary tiles and RAG chart, then per partnership its priorities' action tables, exceptions,
 * indicators, funding and changes since the seal. Every date a person reads is a UK date.
 */
export function boardPackHtml(pack: BoardPack): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(pack.title)}</title>
<style>
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; margin: 2em; color: #111; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }
th, td { border: 1px solid #999; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #dde3ea; }
td.number { text-align: right; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; padding: 0; }
.tiles li { flex: 1 1 12em; border: 1px solid #c9ced4; border-radius: 4px; background: #f3f5f7; padding: 8px 12px; }
.tiles .figure { display: block; font-size: 22pt; font-weight: bold; }
section + section { page-break-before: always; }
h3 { page-break-after: avoid; }
tr { page-break-inside: avoid; }
${ragCss}
@media print { body { margin: 0; } }
</style>
</head>
<body>
<header>
<h1>${escape(pack.title)}</h1>
<p>${escape(`${pack.quarter}, ${asRecordedWords(pack)}`)}</p>
<p class="seal">${
    pack.seal
      ? `Quarter sealed ${escape(ukMomentWords(pack.seal.sealedAt))}${pack.seal.sealedBy ? ` by ${escape(pack.seal.sealedBy)}` : ''}; seal root <code>${escape(pack.seal.root)}</code> (short <code>${escape(pack.seal.shortRoot)}</code>)${escape(changedLine(pack))}`
      : 'Quarter not sealed'
  }</p>
<p class="tree-head"><code>${escape(treeHeadLine(pack, ukMomentWords))}</code></p>
</header>
${summaryHtml(pack)}
${pack.sections.map((section) => sectionHtml(pack, section)).join('\n')}
</body>
</html>
`;
}

function table(headings: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p>${escape(empty)}</p>`;
  return `<table><thead><tr>${headings.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead><tbody>
${rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('\n')}
</tbody></table>`;
}

const td = (text: string | number, className?: string): string => `<td${className ? ` class="${className}"` : ''}>${escape(String(text))}</td>`;

type Counts = Pick<BoardPackSummary, 'actions' | 'completed' | 'onTrack' | 'atRisk' | 'offTrack' | 'notStarted'>;
const statusWords = (s: Counts): string => STATUS_BARS.map(([key, label]) => `${s[key]} ${label.toLowerCase()}`).join(', ');

/** Stacked bars by status, an inline SVG whose label says every figure. */
function ragChartSvg(bars: Array<{ label: string } & Counts>): string {
  const width = 640;
  const labelWidth = 220;
  const row = 24;
  const most = Math.max(1, ...bars.map((bar) => bar.actions));
  const alt = `Actions by status at the end of the quarter: ${bars.map((bar) => `${bar.label}: ${statusWords(bar)}`).join('; ')}.`;
  const rows = bars.map((bar, i) => {
    let left = labelWidth;
    const segments = STATUS_BARS.map(([key, , colours]) => {
      const w = (bar[key] / most) * (width - labelWidth - 10);
      const x = left;
      left += w;
      return w <= 0 ? '' : `<rect x="${x.toFixed(1)}" y="${i * row + 4}" width="${w.toFixed(1)}" height="${row - 8}" fill="#${colours.fill}"/>`;
    }).join('');
    return `<text x="0" y="${i * row + 16}" font-size="11">${escape(bar.label.length > 36 ? `${bar.label.slice(0, 35)}…` : bar.label)}</text>${segments}`;
  });
  return `<svg class="rag-chart" viewBox="0 0 ${width} ${bars.length * row}" width="${width}" height="${bars.length * row}" role="img" aria-label="${escape(alt)}"><title>${escape(alt)}</title>${rows.join('')}</svg>
<p>Key: ${STATUS_BARS.map(([, label, colours]) => `<span style="display:inline-block;width:0.9em;height:0.9em;background:#${colours.fill};border:1px solid #4a4f57"></span> ${label}`).join(' ')}</p>`;
}

function summaryHtml(pack: BoardPack): string {
  const total = packSummaryOf(pack);
  const county = pack.sections.length > 1;
  const bars = county ? countySummaryOf(pack).map((row) => ({ label: row.partnership, ...row })) : (pack.sections[0]?.priorities ?? []).map((p) => ({ label: p.title, ...p.progress }));
  const countyTable = county
    ? `<h3>County summary</h3>
${table(
  ['Partnership', 'Actions', 'Completed', 'On track', 'At risk', 'Off track', 'Not started', 'Overdue milestones', 'Late returns', 'Spend against allocation'],
  countySummaryOf(pack).map((row) => [
    td(row.partnership),
    ...[row.actions, row.completed, row.onTrack, row.atRisk, row.offTrack, row.notStarted, row.overdueMilestones, row.lateReturns].map((n) => td(n, 'number')),
    td(spendWords(row.funding, pounds)),
  ]),
  'No partnerships',
)}`
    : '';
  return `<section class="summary">
<h2>Summary for ${escape(pack.quarter)}</h2>
<p>Status of each action at the end of ${escape(pack.quarter)}, not today's.</p>
<ul class="tiles">
<li><span>Actions by status</span><span class="figure">${total.actions}</span>${escape(statusWords(total))}</li>
<li><span>Overdue milestones</span><span class="figure">${total.overdueMilestones}</span>due by the quarter end, not reached</li>
<li><span>Late returns</span><span class="figure">${total.lateReturns}</span>updates missing or recorded after the deadline</li>
<li><span>Spend against allocation</span><span class="figure">${escape(total.funding ? pounds(total.funding.spent) : 'Withheld')}</span>${escape(spendWords(total.funding, pounds))}</li>
</ul>
<h3>${county ? 'RAG by partnership' : 'RAG by priority'}</h3>
${bars.length ? ragChartSvg(bars) : '<p>No actions</p>'}
${countyTable}
</section>`;
}

function sectionHtml(pack: BoardPack, section: BoardPackSection): string {
  const priorities = table(
    ['Priority', 'Statutory', ...PROGRESS_COLUMNS.map(([, label]) => label), '% complete'],
    section.priorities.map((p) => [td(p.title), td(p.statutory ? 'Yes' : 'No'), ...PROGRESS_COLUMNS.map(([key]) => td(p.progress[key], 'number')), td(percent(p.progress.percentComplete), 'number')]),
    'No priorities',
  );
  const actions = actionsByPriority(section)
    .map(
      (priority) => `<h4>${escape(priority.title)}${priority.statutory ? ' (statutory)' : ''}</h4>
${table(
  // The priority stays the first column (as in the XLSX), so a row copied out still says where it belongs.
  ['Priority', 'Action', 'Owner', 'Status at quarter end', 'RAG', '% complete', 'Update', 'Recorded'],
  priority.actions.map((a) => [
    td(a.priority),
    td(a.action),
    td(a.leadOfficer ? `${a.leadAgency} (${a.leadOfficer})` : a.leadAgency),
    td(STATUS_LABELS[a.status] ?? a.status),
    a.update ? td(a.update.rag, `rag-${a.update.rag}`) : td(a.dueBy ? `Due by ${a.dueBy}` : 'No update'),
    td(percent(a.update?.percentComplete ?? a.percentComplete), 'number'),
    td(a.update ? a.update.narrative + updateNote(a.update) : ''),
    td(a.update ? `${a.update.recordedBy}, ${ukMomentWords(a.update.recordedAt)}` : ''),
  ]),
  'No actions under this priority',
)}`,
    )
    .join('\n');
  const exceptions = table(
    ['Exception', 'Priority', 'Action', 'Detail'],
    section.exceptions.map((e) => [td(EXCEPTION_LABELS[e.kind]), td(e.priority), td(e.action), td(e.detail)]),
    'No exceptions',
  );
  const fundingRows = section.funding.flatMap((s) => [
    [td(s.source), td(s.funder), td(pounds(s.amount), 'number'), td(pounds(s.allocated), 'number'), td(pounds(s.unallocated), 'number'), td(''), td(pounds(s.spentToQuarterEnd), 'number')],
    ...s.actions.map((a) => [td(`— ${a.action}`), td(''), td(''), td(pounds(a.allocated), 'number'), td(''), td(pounds(a.spentInQuarter), 'number'), td(pounds(a.spentToQuarterEnd), 'number')]),
  ]);
  const given = section.fundingGiven.length
    ? `<h3>Funding given</h3>
${table(
  ['Source', 'Given to', 'Amount', 'Allocated by the recipient', 'Spent to quarter end'],
  section.fundingGiven.map((g) => [td(g.source), td(g.recipient), td(pounds(g.amount), 'number'), td(pounds(g.allocated), 'number'), td(pounds(g.spentToQuarterEnd), 'number')]),
  'None',
)}`
    : '';
  const changes = table(
    ['Priority', 'Action', 'Before', 'After', 'Why', 'Recorded'],
    section.changesSinceSeal.map((c) => [td(c.priority), td(c.action), td(c.before), td(c.after), td(c.reason ?? 'First update for the quarter, recorded after the seal'), td(`${c.recordedBy}, ${ukMomentWords(c.recordedAt)}`)]),
    'None',
  );
  const funding = table(
    ['Source / action', 'Funder', 'Amount', 'Allocated', 'Unallocated', `Spent in ${pack.quarter}`, 'Spent to quarter end'],
    fundingRows,
    section.fundingGiven.length ? 'No funding received' : 'No funding sources recorded',
  );
  return `<section>
<h2>${escape(section.partnership)}</h2>
<p>${escape(section.planTitle ?? `No action plan for ${pack.financialYear}`)}</p>
<h3>Progress by priority</h3>
${priorities}
${awaitingApprovalLine(section) ? `<p>${escape(awaitingApprovalLine(section))}</p>` : ''}
${section.detailsWithheld ? `<p>${escape(DETAILS_WITHHELD)}</p>` : `<h3>Actions and ${escape(pack.quarter)} updates</h3>
<p>Status and percentage at the end of ${escape(pack.quarter)}.</p>
${actions}
<h3>Exceptions</h3>
${exceptions}
${indicatorsHtml(section.indicators)}
<h3>Funding: allocation against spend</h3>
${funding}
${given}
${pack.seal ? `<h3>${escape(CHANGED_SINCE_SEAL)}</h3>
${changes}` : ''}`}
</section>`;
}
