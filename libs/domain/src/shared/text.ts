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

// Control characters (C0, DEL, C1) other than tab and newline; a carriage return is allowed only
// as the first half of a Windows line end. PostgreSQL cannot store NUL at all, and the others
// are never meant as text: they are junk, or an attempt to confuse whoever reads it later.
const CONTROL = /^[\u0000-\u0008\u000B-\u001F\u007F-\u009F]$/u;
const ANY_SUSPECT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]|\p{Cs}/u;
// With the u flag a surrogate only matches when it is alone: half a character, not Unicode.
const LONE_SURROGATE = /\p{Cs}/u;
// A letter, digit, punctuation mark or symbol that is not one of the characters that render as
// nothing (zero-width spaces and joiners, word joiner, BOM, Hangul fillers ...).
const VISIBLE = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}\p{P}\p{S}]/u;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Why `value` is not text SaferPlan can keep, or null when it is: valid Unicode with no control
 * characters other than tab and newline. The one text rule for every input (ids and commandId
 * included) and every token claim, so every store is given the same text and answers alike.
 */
export function textProblem(value: string, field: string): string | null {
  if (!ANY_SUSPECT.test(value)) return null; // the common case, without walking every character
  let position = 0;
  for (const [index, character] of Array.from(value).entries()) {
    const next = value[position + character.length];
    position += character.length;
    if (LONE_SURROGATE.test(character)) {
      return `${field} must be valid Unicode text: character ${index + 1} is half of a character (${codePoint(character)})`;
    }
    if (CONTROL.test(character) && !(character === '\r' && next === '\n')) {
      return `${field} must not contain control characters other than tab and newline: character ${index + 1} is ${codePoint(character)}`;
    }
  }
  return null;
}

/** True when the text has at least one character a reader would see. */
export const hasVisibleText = (text: string): boolean => VISIBLE.test(text);

/**
 * Trimmed text with at least one visible character, no longer than `maxLength`, valid as
 * `textProblem` says; the one check every decider uses.
 */
export function requireText(value: unknown, field: string, maxLength: number): string {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, `${field} is required`);
  }
  if (typeof value !== 'string') {
    throw new InvalidInputError(field, `${field} must be text`);
  }
  const problem = textProblem(value, field);
  if (problem) throw new InvalidInputError(field, problem);
  const text = value.trim();
  if (text === '') {
    throw new InvalidInputError(field, `${field} is required`);
  }
  if (!hasVisibleText(text)) {
    throw new InvalidInputError(field, `${field} is required: it has no visible characters`);
  }
  const length = lengthOf(text);
  if (length > maxLength) {
    throw new InvalidInputError(field, `${field} must be at most ${maxLength} characters (it has ${length})`);
  }
  return text;
}

/** Optional text: absent, null, blank or invisible all mean "not given" and become null. */
export function optionalText(value: unknown, field: string, maxLength: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && !textProblem(value, field) && !hasVisibleText(value)) return null;
  return requireText(value, field, maxLength);
}
