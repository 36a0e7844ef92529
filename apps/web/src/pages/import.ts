/// <reference lib="dom" />
import './import.css';
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import type { ImportActionPlanMutation, ImportActionPlanMutationVariables } from '../generated/graphql-types';
import { IMPORT_ACTION_PLAN } from '../queries';
import { href } from '../route';
import { mayWrite } from '../session';
import { ErrorNotice, field, Loading, Page, useLoad } from '../ui';
import { valueOf } from '../write';
import type { PageProps } from './context';
import { loadTree } from './tree';

type Report = ImportActionPlanMutation['importActionPlan'];
type Finding = Report['problems'][number] & { kind: 'problem' | 'warning' };

/** The file travels base64-encoded in one GraphQL request of at most 1 MB. */
const LARGEST_FILE = 700 * 1024;
const FIELD_IDS: Record<string, string> = {
  partnershipId: 'import-partnership',
  financialYear: 'import-year',
  fileName: 'import-file',
  contentBase64: 'import-file',
};

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The financial year (April to March) a UK calendar date falls in, e.g. "2017/18". */
function financialYearOn(date: Date): string {
  const start = date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

const placeOf = (finding: Finding): string => (finding.row === 0 ? 'The whole file' : `Row ${finding.row}`);
const columnOf = (finding: Finding): string =>
  finding.column ? `${finding.column}${finding.heading ? `: ${finding.heading}` : ''}` : (finding.heading ?? '–');
const findingId = (index: number): string => `finding-${index}`;

function focusTarget(event: Event, id: string): void {
  event.preventDefault(); // the address holds the page's route, not an anchor
  document.getElementById(id)?.focus();
}

/** GOV.UK-style: "There is a problem", each problem a link to where it is; focused when it appears. */
function ErrorSummary({ items }: { items: Array<{ text: string; target: string }> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [items.map((item) => item.text).join('\n')]);
  return h(
    'div',
    { class: 'error-summary', role: 'alert', tabIndex: -1, ref, 'aria-labelledby': 'error-summary-title' },
    h('h2', { id: 'error-summary-title' }, 'There is a problem'),
    h(
      'ul',
      null,
      items.map((item, index) =>
        h(
          'li',
          { key: index },
          h('a', { href: `#${item.target}`, onClick: (e: Event) => focusTarget(e, item.target) }, item.text),
        ),
      ),
    ),
  );
}

function counts(report: Report): string {
  const parts = [
    report.planCreated ? 'a new plan' : null,
    `${report.priorities} priorit${report.priorities === 1 ? 'y' : 'ies'}`,
    `${report.actions} action${report.actions === 1 ? '' : 's'}`,
    `${report.milestones} milestone${report.milestones === 1 ? '' : 's'}`,
    `${report.allocations} funding allocation${report.allocations === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return `${parts.join(', ')}${report.alreadyRecorded ? ` (${report.alreadyRecorded} already recorded by an earlier import of this file)` : ''}`;
}

/** Every problem and warning of the check, against the file's rows, in the order the file has them. */
function FindingsTable({ fileName, findings }: { fileName: string; findings: Finding[] }) {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data findings' },
      h('caption', null, `What the check found in ${fileName}, row by row`),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          ['Sheet', 'Row', 'Column', 'Finding', 'What it says'].map((heading) =>
            h('th', { key: heading, scope: 'col' }, heading),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        findings.map((finding, index) =>
          h(
            'tr',
            { key: index, class: `finding-${finding.kind}` },
            h('td', { 'data-label': 'Sheet' }, finding.sheet || '–'),
            h('th', { scope: 'row', id: findingId(index), tabIndex: -1 }, placeOf(finding)),
            h('td', { 'data-label': 'Column' }, columnOf(finding)),
            h(
              'td',
              { class: 'finding-kind' },
              finding.kind === 'problem' ? 'Problem: must be fixed' : 'Warning: check it',
            ),
            h('td', null, finding.message),
          ),
        ),
      ),
    ),
  );
}

/**
 * Import an action plan (coordinator): choose the partnership, year and file; "Check the file"
 * runs the dry run and shows every problem and warning against the file's rows; only a file
 * without problems can then be imported, and nothing is written before "Import".
 */
export function ImportPage({ route, claims }: PageProps) {
  const title = 'Import an action plan';
  const tree = useLoad(() => loadTree(null), []);
  const [partnershipId, setPartnershipId] = useState('');
  const [financialYear, setFinancialYear] = useState(financialYearOn(new Date()));
  const [file, setFile] = useState<File | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [checked, setChecked] = useState<Report | null>(null);
  const [written, setWritten] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  if (route.asOf) {
    return h(
      Page,
      { title },
      h(
        'p',
        null,
        'Plans are imported into the present, not into a past moment. ',
        h('a', { href: href('/import', null) }, 'Return to now to import a plan.'),
      ),
    );
  }
  if (tree.error) return h(Page, { title }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title }, h(Loading, null));
  const partnerships = tree.data.filter((partnership) => mayWrite(claims, partnership.id));
  if (partnerships.length === 0)
    return h(Page, { title }, h('p', null, 'Your sign-in does not let you import a plan for any partnership.'));
  const chosen = partnerships.find((partnership) => partnership.id === partnershipId) ?? partnerships[0];

  const changed = () => {
    setChecked(null);
    setWritten(null);
    setFailure(null);
    setFieldErrors({});
  };

  async function send(dryRun: boolean): Promise<void> {
    const errors: Record<string, string> = {};
    if (!file) errors.fileName = 'Choose the plan file: an .xlsx workbook or a .csv file';
    else if (!/\.(xlsx|csv)$/i.test(file.name)) errors.fileName = 'The file must be an .xlsx workbook or a .csv file';
    else if (file.size > LARGEST_FILE)
      errors.fileName = 'The file is larger than 700 KB: remove other sheets or pictures, or save it as .csv';
    setFieldErrors(errors);
    setFailure(null);
    if (!file || Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const variables = {
        partnershipId: chosen.id,
        financialYear: financialYear.trim(),
        fileName: file.name,
        contentBase64: await base64Of(file),
        dryRun,
      };
      const { importActionPlan } = await gql<ImportActionPlanMutation, ImportActionPlanMutationVariables>(
        IMPORT_ACTION_PLAN,
        variables,
      );
      if (dryRun) setChecked(importActionPlan);
      else {
        setWritten(importActionPlan);
        setChecked(importActionPlan.valid ? null : importActionPlan);
        if (importActionPlan.written) tree.reload();
      }
    } catch (error) {
      const apiError = error instanceof ApiError ? error : new ApiError(String(error), 'INTERNAL_SERVER_ERROR');
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field && FIELD_IDS[apiError.field]) {
        setFieldErrors({ [apiError.field === 'contentBase64' ? 'fileName' : apiError.field]: apiError.message });
      } else setFailure(apiError);
    } finally {
      setBusy(false);
    }
  }

  const findings: Finding[] = checked
    ? [
        ...checked.problems.map((p) => ({ ...p, kind: 'problem' as const })),
        ...checked.warnings.map((w) => ({ ...w, kind: 'warning' as const })),
      ].sort(
        (a, b) =>
          a.sheet.localeCompare(b.sheet) ||
          a.row - b.row ||
          (a.column ?? '').localeCompare(b.column ?? '') ||
          (a.kind === 'problem' ? -1 : 1),
      )
    : [];
  const summary = [
    ...Object.entries(fieldErrors).map(([name, text]) => ({ text, target: FIELD_IDS[name] })),
    ...findings.flatMap((finding, index) =>
      finding.kind === 'problem'
        ? [
            {
              text: `${placeOf(finding)}${finding.column ? `, column ${finding.column}` : ''}: ${finding.message}`,
              target: findingId(index),
            },
          ]
        : [],
    ),
  ];

  return h(
    Page,
    { title },
    summary.length > 0 ? h(ErrorSummary, { items: summary }) : null,
    h(
      'p',
      { class: 'explain' },
      'One row per action, under headings such as Priority, Action and Lead agency, and optionally Statutory, Lead officer, Milestones, Funding source and Budget (the action plan template has them all). The file is checked first; nothing is written until you choose Import.',
    ),
    h(
      'form',
      {
        class: 'import-form',
        noValidate: true,
        'aria-label': 'Choose a plan to import',
        onSubmit: (event: Event) => {
          event.preventDefault();
          void send(true);
        },
      },
      field(
        { id: 'import-partnership', label: 'Partnership', error: fieldErrors.partnershipId },
        (describedBy, invalid) =>
          h(
            'select',
            {
              id: 'import-partnership',
              value: chosen.id,
              'aria-describedby': describedBy,
              'aria-invalid': invalid,
              onChange: (e: Event) => {
                setPartnershipId(valueOf(e));
                changed();
              },
            },
            partnerships.map((partnership) =>
              h('option', { key: partnership.id, value: partnership.id }, partnership.name),
            ),
          ),
      ),
      field(
        {
          id: 'import-year',
          label: 'Financial year',
          hint: 'April to March, e.g. 2017/18',
          error: fieldErrors.financialYear,
        },
        (describedBy, invalid) =>
          h('input', {
            id: 'import-year',
            type: 'text',
            value: financialYear,
            spellCheck: false,
            'aria-describedby': describedBy,
            'aria-invalid': invalid,
            onInput: (e: Event) => {
              setFinancialYear(valueOf(e));
              changed();
            },
          }),
      ),
      field(
        { id: 'import-file', label: 'Plan file', hint: '.xlsx or .csv, up to 700 KB', error: fieldErrors.fileName },
        (describedBy, invalid) =>
          h('input', {
            id: 'import-file',
            type: 'file',
            accept: '.xlsx,.csv',
            'aria-describedby': describedBy,
            'aria-invalid': invalid,
            onChange: (e: Event) => {
              setFile((e.target as HTMLInputElement).files?.[0] ?? null);
              changed();
            },
          }),
      ),
      h(
        'div',
        { class: 'import-actions' },
        h('button', { type: 'submit', disabled: busy }, 'Check the file'),
        busy ? h('span', { role: 'status' }, 'Working…') : null,
      ),
    ),
    failure ? h(ErrorNotice, { error: failure }) : null,
    written?.written
      ? h(
          'div',
          { class: 'notice notice-ok', role: 'status' },
          h(
            'p',
            null,
            h('strong', null, `Imported into ${chosen.name}’s plan for ${financialYear.trim()}: `),
            `${counts(written)}.`,
          ),
          h('p', null, h('a', { href: href(`/partnership/${chosen.id}`, null) }, `Open ${chosen.name}`)),
        )
      : null,
    checked && !written?.written
      ? h(
          'section',
          { 'aria-labelledby': 'check-title' },
          h(
            'h2',
            { id: 'check-title' },
            checked.valid ? 'The file can be imported' : 'The file cannot be imported yet',
          ),
          checked.valid
            ? h(
                'p',
                null,
                `${checked.rows} row${checked.rows === 1 ? '' : 's'} read. Importing records ${counts(checked)}.`,
              )
            : h(
                'p',
                null,
                `${checked.problems.length} problem${checked.problems.length === 1 ? '' : 's'} to fix in the file, then check it again. Nothing has been written.`,
              ),
          checked.warnings.length > 0
            ? h(
                'div',
                { class: 'notice notice-warning' },
                `${checked.warnings.length} warning${checked.warnings.length === 1 ? '' : 's'} to check: they do not stop the import.`,
              )
            : null,
          findings.length > 0
            ? h(FindingsTable, { fileName: file?.name ?? 'the file', findings })
            : h('p', null, 'No problems and no warnings.'),
          checked.valid
            ? h(
                'div',
                { class: 'import-actions' },
                h('button', { type: 'button', disabled: busy, onClick: () => void send(false) }, 'Import'),
              )
            : null,
        )
      : null,
  );
}
