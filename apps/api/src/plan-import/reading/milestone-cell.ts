import { quarterFromText } from './quarter-text';

export type MilestoneEntry =
  { entry: string; title: string; dueQuarter: string } | { entry: string; title: null; dueQuarter: null };

/**
 * The milestones of one cell: entries separated by semicolons or line breaks, each written
 * "title|due quarter" (the template) or "title (due quarter)" (as many plans write it), the
 * quarter in any form quarterFromText reads. An entry in neither form has no title, and is
 * reported.
 */
export function milestoneEntries(cell: string): MilestoneEntry[] {
  return cell
    .split(/[;\n]/)
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const parts = entry.split('|').map((part) => part.trim());
      if (parts.length === 2) return { entry, title: parts[0], dueQuarter: quarterFromText(parts[1]) };
      const bracketed = parts.length === 1 ? /^(.*\S)\s*\(([^()]+)\)$/.exec(entry) : null;
      if (bracketed) {
        const dueQuarter = quarterFromText(bracketed[2]);
        if (/^\d{4}\/\d{2} Q[1-4]$/.test(dueQuarter)) return { entry, title: bracketed[1], dueQuarter };
      }
      return { entry, title: null, dueQuarter: null };
    });
}
