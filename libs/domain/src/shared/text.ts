import { InvalidInputError } from './errors';

/**
 * Length caps for free text, in characters. Exported so the API can state the same limits in
 * its input types; the deciders are the authority either way.
 */
export const TEXT_LIMITS = {
  partnershipName: 200,
  planTitle: 200,
  priorityTitle: 300,
  actionTitle: 500,
  leadAgency: 200,
  leadOfficer: 200,
  fundingSource: 200,
  milestoneTitle: 300,
  evidence: 2000,
  narrative: 10000,
  reason: 2000,
} as const;

// Code points, not UTF-16 units, so a name with an emoji or an accented letter written as one
// character is measured the way a person would count it.
const lengthOf = (text: string): number => Array.from(text).length;

/** Trimmed, non-empty text no longer than `maxLength`; the one check every decider uses. */
export function requireText(value: unknown, field: string, maxLength: number): string {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, `${field} is required`);
  }
  if (typeof value !== 'string') {
    throw new InvalidInputError(field, `${field} must be text`);
  }
  const text = value.trim();
  if (text === '') {
    throw new InvalidInputError(field, `${field} is required`);
  }
  const length = lengthOf(text);
  if (length > maxLength) {
    throw new InvalidInputError(field, `${field} must be at most ${maxLength} characters (it has ${length})`);
  }
  return text;
}

/** Optional text: absent, null or blank all mean "not given" and become null. */
export function optionalText(value: unknown, field: string, maxLength: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return requireText(value, field, maxLength);
}
