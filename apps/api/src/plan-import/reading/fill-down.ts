/**
 * Plans group actions under a priority written once, with the cells below it left blank (or
 * merged): each blank cell of the grouping column takes the value above it. Only that column:
 * a blank Statutory already means "as the priority says". Returns new rows; blank rows
 * (spacing) stay blank and do not end a group; rows before the first value stay blank, so they
 * are reported.
 */
export function fillDown<K extends string, R extends Record<K, string>>(rows: R[], group: K): R[] {
  let above: string | null = null;
  return rows.map((row) => {
    if (Object.values<string>(row).every((value) => value === '')) return row;
    if (row[group] !== '') {
      above = row[group];
      return row;
    }
    return above === null ? row : { ...row, [group]: above };
  });
}
