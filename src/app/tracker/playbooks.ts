import { columnLetters } from '../../core/a1';
import { PLAYBOOK_COLUMNS, playbooksFromRows } from '../../core/playbook-rows';
import { BUILT_IN_PLAYBOOKS } from '../../core/playbooks';
import { PLAYBOOK_SHEET } from '../../core/tracker/schema';
import { cell, findSheet, readTable } from '../../gas/table';
import type { FieldProblem, Language } from '../../shared/i18n';
import type { Playbook, PlaybookRow } from '../../shared/playbook';

/** The playbooks a team works with, what is wrong in the Playbook sheet, and the playbooks it costs. */
export interface TeamPlaybooks {
  playbooks: Playbook[];
  /** Each names its cell as the sheet shows it ("Playbook!F5") and says what it must hold. */
  problems: FieldProblem[];
  /** Ids the sheet defines with a problem: not used (nor the built-in of that id) until fixed. */
  refused: string[];
}

/**
 * The playbooks a team works with: those of the Playbook sheet (checked, one read), then the
 * built-ins the sheet does not define. Without the sheet, the built-ins alone. A playbook of the
 * sheet with a bad cell is refused as a whole, and the built-in of the same id does not stand in
 * for it: the team's edits would be silently undone.
 */
export function readPlaybooks(language: Language): TeamPlaybooks {
  if (!findSheet(PLAYBOOK_SHEET)) return { playbooks: [...BUILT_IN_PLAYBOOKS], problems: [], refused: [] };
  const table = readTable(PLAYBOOK_SHEET);
  const rows: PlaybookRow[] = table.rows.map((row) => {
    const out: Record<string, string | number> = {};
    for (const column of PLAYBOOK_COLUMNS) {
      const value = cell(table, row, column);
      out[column] = typeof value === 'number' ? value : String(value);
    }
    return out;
  });
  // Data rows start on sheet row 2, under the header.
  const { playbooks, problems, refused } = playbooksFromRows(
    rows,
    language,
    (index, column) => `${PLAYBOOK_SHEET.name}!${columnLetters((table.index[column] ?? 0) + 1)}${index + 2}`,
  );
  const own = new Set([...playbooks.map((playbook) => playbook.id), ...refused]);
  return {
    playbooks: [...playbooks, ...BUILT_IN_PLAYBOOKS.filter((p) => !own.has(p.id))],
    problems,
    refused,
  };
}
