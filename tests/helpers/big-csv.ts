/** A CSV of `rows` steps over six lanes, each with a word no other row has (to search for). */
export function bigCsv(rows: number, tag = 'quokka'): string {
  const lanes = ['Service desk', 'Platform', 'Security', 'Network', 'Storage', 'Change board'];
  const lines = Array.from(
    { length: rows },
    (_, i) => `Check server ${i},${lanes[i % lanes.length]},${tag} ${i} checked by the team,15m`,
  );
  return `Step,Lane,Description,Process time\n${lines.join('\n')}\n`;
}
