/// <reference lib="dom" />
import { h, type ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ActionStatus, MilestoneStatus, Rag } from './model';

/** RAG and statuses always carry their words; colour only repeats what the text says. */
const RAG_TEXT: Record<Rag, string> = { GREEN: 'Green: on track', AMBER: 'Amber: at risk', RED: 'Red: off track' };
const STATUS_TEXT: Record<ActionStatus, string> = {
  NOT_STARTED: 'Not started',
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  OFF_TRACK: 'Off track',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
};
const STATUS_TONE: Record<ActionStatus, string> = {
  NOT_STARTED: 'none',
  ON_TRACK: 'green',
  AT_RISK: 'amber',
  OFF_TRACK: 'red',
  COMPLETED: 'done',
  CANCELLED: 'none',
};
const MILESTONE_TEXT: Record<MilestoneStatus, string> = { PENDING: 'Pending', REACHED: 'Reached', OVERDUE: 'Overdue' };

export const ragText = (rag: Rag): string => RAG_TEXT[rag];

export function RagChip({ rag }: { rag: Rag }) {
  return h('span', { class: `chip chip-${rag.toLowerCase()}` }, RAG_TEXT[rag]);
}

export function StatusChip({ status }: { status: ActionStatus }) {
  return h('span', { class: `chip chip-${STATUS_TONE[status]}` }, STATUS_TEXT[status]);
}

export function MilestoneChip({ status }: { status: MilestoneStatus }) {
  const tone = status === 'REACHED' ? 'done' : status === 'OVERDUE' ? 'red' : 'none';
  return h('span', { class: `chip chip-${tone}` }, MILESTONE_TEXT[status]);
}

export function PercentBar({ value, label }: { value: number; label: string }) {
  const rounded = Math.round(value * 10) / 10;
  return h(
    'span',
    { class: 'percent' },
    h('span', { class: 'percent-text' }, `${rounded}%`),
    h('span', { class: 'percent-track', role: 'meter', 'aria-label': label, 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': rounded },
      h('span', { class: 'percent-fill', style: { width: `${Math.min(100, Math.max(0, value))}%` } })),
  );
}

export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }) + ' UK time';
}

export function ErrorNotice({ error }: { error: unknown }) {
  // People read words: the API's message, never its code name (FORBIDDEN, CONFLICT).
  const message = error instanceof Error ? error.message : String(error);
  return h('div', { class: 'notice notice-error', role: 'alert' }, message);
}

export function Loading() {
  return h('p', { class: 'loading', role: 'status' }, 'Loading…');
}

export interface Loaded<T> {
  data: T | null;
  error: unknown;
  reload: () => void;
}

/** Runs a query when its inputs change; a stale answer never overwrites a newer one. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown }>({ data: null, error: null });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let current = true;
    setState((s) => ({ data: s.data, error: null }));
    load().then(
      (data) => current && setState({ data, error: null }),
      (error) => current && setState({ data: null, error }),
    );
    return () => {
      current = false;
    };
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export function Page({ title, children }: { title: string; children?: ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} · SaferPlan`;
  }, [title]);
  return h('section', { 'aria-labelledby': 'page-title' }, h('h1', { id: 'page-title', tabIndex: -1 }, title), children);
}

export interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

/**
 * A labelled form control with its hint and server error tied to it (aria-describedby), so the
 * message is read out with the field. `control` draws the input from those attributes.
 */
export function field(
  { id, label, error, hint }: FieldProps,
  control: (describedBy: string | undefined, invalid: boolean) => ComponentChildren,
) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return h(
    'div',
    { class: `field${error ? ' field-invalid' : ''}` },
    h('label', { for: id }, label),
    hint ? h('span', { id: `${id}-hint`, class: 'hint' }, hint) : null,
    control(describedBy, !!error),
    error ? h('span', { id: `${id}-error`, class: 'field-error' }, `Error: ${error}`) : null,
  );
}
