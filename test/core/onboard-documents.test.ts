import { describe, expect, it } from 'vitest';
import {
  findTableMarker,
  holdsPlaceholders,
  replaceRequests,
  timelineRows,
} from '../../src/core/doc-requests';
import { DOCUMENT_KINDS, documentName, MILESTONE_TABLE_MARKER, masterName } from '../../src/core/documents';
import { clientFiles, type TaggedFile } from '../../src/core/drive-tags';
import { checkFolderRule, clientFolderName, DEFAULT_FOLDER_RULE } from '../../src/core/folder-name';
import { masterBlocks, masterHtml } from '../../src/core/masters';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { checkTemplate } from '../../src/core/templates';
import { validateClient } from '../../src/core/validation';
import type { Language } from '../../src/shared/i18n';
import type { Milestone } from '../../src/shared/schedule';
import { sampleInput } from './helpers';

const LANGUAGES = ['zh-TW', 'en'] as const;

const validated = validateClient(
  sampleInput({ clientName: 'Client', projectName: 'Project', language: 'en' }),
  {
    mode: 'plan',
    settings: DEFAULT_SETTINGS,
  },
);
if (!validated.ok) throw new Error('sample input is invalid');
const CLIENT = validated.client;

describe('the masters', () => {
  it.each(LANGUAGES)(
    'pass the template check in %s, and only the timeline holds the table marker',
    (language) => {
      for (const kind of DOCUMENT_KINDS) {
        const text = masterBlocks(kind, language)
          .map((block) => JSON.stringify(Object.values(block)))
          .join('\n');
        expect(checkTemplate(text, language), kind).toEqual([]);
        expect(text.includes(MILESTONE_TABLE_MARKER), kind).toBe(kind === 'timeline');
      }
    },
  );

  it('have the same shape in both languages', () => {
    for (const kind of DOCUMENT_KINDS) {
      const shape = (language: Language) =>
        masterBlocks(kind, language).map((block) => Object.keys(block)[0]);
      expect(shape('en'), kind).toEqual(shape('zh-TW'));
    }
  });

  it('become HTML with escaped text, headings and tables, placeholders untouched', () => {
    const html = masterHtml('pr-letter', 'en');
    expect(html).toContain('<h1>PR &amp; KOL outreach: {{projectName}}</h1>');
    expect(masterHtml('meeting-notes', 'zh-TW')).toContain('<th>日期</th>');
    expect(masterHtml('strategy', 'en')).toContain('<li>Launch: {{launchDate}}</li>');
  });

  it('are named per language, and copies per client', () => {
    expect(masterName('newsletter', 'zh-TW')).toBe('電子報（zh-TW）');
    expect(masterName('newsletter', 'en')).toBe('Newsletter (en)');
    expect(documentName('timeline', CLIENT, 'en')).toBe('Project timeline · Client — Project');
  });
});

describe('client folder names', () => {
  it('follow the default rule: tier, launch month, client and project', () => {
    const name = clientFolderName(DEFAULT_FOLDER_RULE, CLIENT, 'C0001', {
      tier: 'T2',
      clientName: 'Client',
      projectName: 'Project',
    });
    expect(name).toBe('T2 · 2027-03 · Client — Project');
  });

  it('collapse the gap an empty value leaves and fall back when nothing is left', () => {
    expect(
      clientFolderName('{{clientId}}  {{contactName}} {{clientName}}', CLIENT, 'C0007', {
        contactName: '',
        clientName: 'Client',
      }),
    ).toBe('C0007 Client');
    expect(clientFolderName('{{contactName}}', CLIENT, 'C1', { contactName: '' })).toBe('Client — Project');
  });

  it('report unknown placeholders of a rule', () => {
    expect(checkFolderRule(DEFAULT_FOLDER_RULE, 'en')).toEqual([]);
    const problems = checkFolderRule('{{tier}} {{clinet}}', 'en');
    expect(problems.map((p) => p.field)).toEqual(['folderNameRule']);
    expect(problems[0]?.message).toContain('{{clinet}}');
  });
});

describe('document fill requests', () => {
  it('replace each placeholder literally, matching case', () => {
    expect(replaceRequests({ clientName: '$& \\1 {{x}}' })).toEqual([
      {
        replaceAllText: {
          containsText: { text: '{{clientName}}', matchCase: true },
          replaceText: '$& \\1 {{x}}',
        },
      },
    ]);
  });

  it('find the marker by index and tell a filled copy from a blank one', () => {
    const paragraphs = [
      { startIndex: 1, text: 'Timeline\n' },
      { startIndex: 10, text: 'See: {{milestoneTable}}\n' },
    ];
    expect(findTableMarker(paragraphs)).toBe(15);
    expect(findTableMarker([{ startIndex: 1, text: 'none\n' }])).toBeNull();
    expect(holdsPlaceholders(paragraphs)).toBe(true);
    expect(holdsPlaceholders([{ startIndex: 1, text: 'Dear {{friend}}, hello\n' }])).toBe(false);
  });

  it('put the client-facing milestones in the timeline table, with weekday', () => {
    const milestone = (id: string, audience: Milestone['audience']): Milestone => ({
      id,
      ruleId: id,
      title: { 'zh-TW': `里程碑 ${id}`, en: `Milestone ${id}` },
      dueDate: '2027-03-02',
      audience,
      areas: [],
      reminderLeadDays: 3,
    });
    const rows = timelineRows(
      [milestone('a', 'client'), milestone('b', 'csm'), milestone('c', 'both')],
      'en',
    );
    expect(rows).toEqual([
      ['Date', 'Milestone', 'Who'],
      ['Tue 2 Mar 2027', 'Milestone a', 'You'],
      ['Tue 2 Mar 2027', 'Milestone c', 'You and your consultant'],
    ]);
  });
});

describe('client files by tag', () => {
  it('sorts a listing into folder, areas and documents, keeping the oldest of a kind', () => {
    const file = (id: string, kind: string, createdTime: string): TaggedFile => ({
      id,
      name: id,
      url: `u/${id}`,
      kind,
      createdTime,
      modifiedTime: createdTime,
    });
    const sorted = clientFiles([
      file('late', 'folder', '2026-12-02'),
      file('early', 'folder', '2026-12-01'),
      file('m', 'area:meetings', '2026-12-01'),
      file('n', 'doc:newsletter', '2026-12-01'),
      file('x', 'something-else', '2026-12-01'),
    ]);
    expect(sorted.folder?.id).toBe('early');
    expect(sorted.areas.meetings?.id).toBe('m');
    expect(sorted.docs.newsletter?.id).toBe('n');
    expect(Object.keys(sorted.docs)).toEqual(['newsletter']);
  });
});
