import { fieldLabel } from '@saferplan/domain/shared/field-labels';

/**
 * The form's own checks before anything is sent, in the same words the API answers, so a
 * person sees every problem at once and bad input never reaches the server.
 */
export type Problems = Record<string, string>;

export function requireFilled(values: Record<string, string>, fields: string[], problems: Problems = {}): Problems {
  for (const field of fields) {
    if (!(values[field] ?? '').trim() && !problems[field]) problems[field] = `${fieldLabel(field)} is required`;
  }
  return problems;
}

/** A whole number in a range, as typed: "45.5" or "ten" is refused in words. */
export function requireWholeNumber(problems: Problems, field: string, typed: string, min: number, max: number): Problems {
  const text = typed.trim();
  if (!text) problems[field] ??= `${fieldLabel(field)} is required`;
  else if (!/^-?\d+$/.test(text)) problems[field] ??= `${fieldLabel(field)} must be a whole number from ${min} to ${max}`;
  else if (Number(text) < min || Number(text) > max) problems[field] ??= `${fieldLabel(field)} must be a whole number from ${min} to ${max}`;
  return problems;
}

/** An amount in pounds: digits with at most two decimals, 0 or more. */
export function requireAmount(problems: Problems, field: string, typed: string, optional = false): Problems {
  const text = typed.trim().replace(/^£/, '').replace(/,/g, '');
  if (!text) {
    if (!optional) problems[field] ??= `${fieldLabel(field)} is required`;
  } else if (!/^\d+(\.\d{1,2})?$/.test(text)) problems[field] ??= `${fieldLabel(field)} must be an amount in pounds, such as 1500 or 1500.50`;
  return problems;
}

export const amountOf = (typed: string): number | null => {
  const text = typed.trim().replace(/^£/, '').replace(/,/g, '');
  return text ? Number(text) : null;
};
