import { PLAYBOOK_COLUMNS, playbooksFromRows } from '../../core/playbook-rows';
import { BUILT_IN_PLAYBOOKS } from '../../core/playbooks';
import { PLAYBOOK_SHEET } from '../../core/tracker/schema';
import { cell, findSheet, readTable } from '../../gas/table';
import type { FieldProblem, Language } from '../../shared/i18n';
import type { Playbook, PlaybookRow } from '../../shared/playbook';

/**
 * The playbooks a team works with: those of the Playbook sheet (checked, one read), then the
 * built-ins the sheet does not define. Without the sheet, the built-ins alone.
 */
export function readPlaybooks(language: Language): { playbooks: Playbook[]; problems: FieldProblem[] } {
  if (!findSheet(PLAYBOOK_SHEET)) return { playbooks: [...BUILT_IN_PLAYBOOKS], problems: [] };
  const table = readTable(PLAYBOOK_SHEET);
  const rows: PlaybookRow[] = table.rows.map((row) => {
    const out: Record<string, string | number> = {};
    for (const column of PLAYBOOK_COLUMNS) {
      const value = cell(table, row, column);
      out[column] = typeof value === 'number' ? value : String(value);
    }
    return out;
  });
  const { playbooks, problems } = playbooksFromRows(rows, language);
  const own = new Set(playbooks.map((playbook) => playbook.id));
  return { playbooks: [...playbooks, ...BUILT_IN_PLAYBOOKS.filter((p) => !own.has(p.id))], problems };
}
