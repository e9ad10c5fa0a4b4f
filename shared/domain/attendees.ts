export interface AttendeeLine {
  name: string;
  role: string;
  organisation: string;
}

/**
 * "Name, Role, Organisation", one per line; tabs (pasted from a spreadsheet) and semicolons
 * work as separators too. Blank lines are skipped; missing parts stay empty.
 */
export function parseAttendeeLines(text: string): AttendeeLine[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
      const [name = '', role = '', ...org] = line.split(sep).map((p) => p.trim());
      return { name, role, organisation: org.join(sep === ',' ? ', ' : ' ').trim() };
    })
    .filter((a) => a.name.length > 0);
}
