/// <reference lib="dom" />
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** "There is a problem": each problem a link to its field; focused when it appears. */
export function ProblemSummary({ problems }: { problems: Array<{ text: string; target: string }> }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = problems.map((problem) => problem.text).join('\n');
  useEffect(() => {
    if (problems.length) ref.current?.focus();
  }, [key]);
  if (!problems.length) return null;
  return h(
    'div',
    { class: 'error-summary', role: 'alert', tabIndex: -1, ref, 'aria-labelledby': `${problems[0].target}-summary` },
    h('h2', { id: `${problems[0].target}-summary` }, 'There is a problem'),
    h(
      'ul',
      null,
      problems.map((problem) =>
        h('li', { key: problem.target }, h('a', { href: `#${problem.target}`, onClick: (e: Event) => { e.preventDefault(); document.getElementById(problem.target)?.focus(); } }, problem.text)),
      ),
    ),
  );
}

/** The summary's entries: every field error, then a form-wide one (conflict, refusal) on the form's first field. */
export function problemsOf(prefix: string, fieldErrors: Record<string, string>, error: Error | null, firstField: string) {
  const problems = Object.entries(fieldErrors).map(([fieldName, text]) => ({ text, target: `${prefix}-${fieldName}` }));
  if (error) problems.push({ text: error.message, target: `${prefix}-${firstField}` });
  return problems;
}

/** A polite announcement of what was done. */
export const Done = ({ message }: { message: string | null }) => (message ? h('p', { class: 'notice', role: 'status' }, message) : null);
