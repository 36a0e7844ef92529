import { h } from 'preact';
import { useState } from 'preact/hooks';
import type { MutationName } from '../queries';
import { field } from '../ui';
import { useWrite, valueOf } from '../write';
import { fieldLabel } from '@saferplan/domain/shared/field-labels';
import { amountOf, requireAmount, requireFilled, type Problems } from './checks';
import { ErrorSummary } from './error-summary';

/** One input of a plan-upkeep form, named as the mutation's input names it. */
export interface UpkeepField {
  name: string;
  /** Defaults to the field labels table, so the form and the API's messages use one word. */
  label?: string;
  kind: 'text' | 'date' | 'amount' | 'select' | 'checkbox';
  options?: Array<[value: string, label: string]>;
  optional?: boolean;
  hint?: string;
}

export interface UpkeepFormSpec {
  id: string;
  title: string;
  mutation: MutationName;
  fields: UpkeepField[];
  submit: string;
  done: string;
}

const blank = (spec: UpkeepFormSpec) => Object.fromEntries(spec.fields.map((f) => [f.name, f.kind === 'checkbox' ? false : ''])) as Record<string, string | boolean>;

/** The form's own checks in the API's words: every required field, amounts as pounds. */
function problemsOf(spec: UpkeepFormSpec, values: Record<string, string | boolean>): Problems {
  const problems: Problems = {};
  for (const f of spec.fields) {
    if (f.kind === 'checkbox') continue;
    const typed = String(values[f.name]);
    if (f.kind === 'amount') requireAmount(problems, f.name, typed, f.optional);
    else if (!f.optional) requireFilled({ [f.name]: typed }, [f.name], problems);
  }
  return problems;
}

function inputOf(spec: UpkeepFormSpec, values: Record<string, string | boolean>): Record<string, unknown> {
  return Object.fromEntries(
    spec.fields.map((f) => {
      const value = values[f.name];
      if (f.kind === 'checkbox') return [f.name, value === true];
      if (f.kind === 'amount') return [f.name, amountOf(String(value))];
      return [f.name, f.optional && String(value).trim() === '' ? null : value];
    }),
  );
}

/**
 * Any plan-upkeep mutation as a labelled, keyboard-usable form with a GOV.UK error summary;
 * the API stays the one judge of each rule, the form only spares a round trip for blanks.
 */
export function UpkeepForm({ spec, onDone }: { spec: UpkeepFormSpec; onDone: () => void }) {
  const write = useWrite();
  const [values, setValues] = useState(() => blank(spec));
  const ids = Object.fromEntries(spec.fields.map((f) => [f.name, `${spec.id}-${f.name}`]));
  const set = (name: string, value: string | boolean) => setValues((v) => ({ ...v, [name]: value }));
  return h(
    'form',
    {
      class: 'upkeep-form',
      noValidate: true,
      'aria-labelledby': `${spec.id}-heading`,
      onSubmit: async (event: Event) => {
        event.preventDefault();
        if (write.refuse(problemsOf(spec, values))) return;
        if (await write.run(spec.mutation, inputOf(spec, values), spec.done)) {
          setValues(blank(spec));
          onDone();
        }
      },
    },
    h('h3', { id: `${spec.id}-heading` }, spec.title),
    h(ErrorSummary, { write, ids, formId: spec.id }),
    spec.fields.map((f) => {
      const id = ids[f.name];
      const label = `${f.label ?? fieldLabel(f.name)}${f.optional ? ' (optional)' : ''}`;
      const error = write.fieldErrors[f.name];
      if (f.kind === 'checkbox') {
        return h(
          'div',
          { key: f.name, class: 'checkbox-field' },
          h('input', { id, type: 'checkbox', checked: values[f.name] === true, onChange: (e: Event) => set(f.name, (e.target as HTMLInputElement).checked) }),
          h('label', { for: id }, label),
        );
      }
      return h('div', { key: f.name }, field({ id, label, hint: f.hint, error }, (describedBy, invalid) => {
        const common = { id, 'aria-describedby': describedBy, 'aria-invalid': invalid };
        if (f.kind === 'select') {
          return h('select', { ...common, value: String(values[f.name]), onChange: (e: Event) => set(f.name, valueOf(e)) },
            h('option', { value: '' }, 'Choose…'),
            (f.options ?? []).map(([value, text]) => h('option', { key: value, value }, text)));
        }
        return h('input', {
          ...common,
          type: f.kind === 'date' ? 'date' : 'text',
          inputMode: f.kind === 'amount' ? 'decimal' : undefined,
          value: String(values[f.name]),
          onInput: (e: Event) => set(f.name, valueOf(e)),
        });
      }));
    }),
    h('button', { type: 'submit', disabled: write.busy }, spec.submit),
    write.done ? h('p', { role: 'status', class: 'notice notice-ok' }, write.done) : null,
  );
}
