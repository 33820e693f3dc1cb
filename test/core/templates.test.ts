import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatDay, formatMonth } from '../../src/core/format';
import { B2B_SAAS } from '../../src/core/playbooks/b2b-saas';
import { CROWDFUNDING } from '../../src/core/playbooks/crowdfunding';
import { checkTemplate, PLACEHOLDERS, templateValues } from '../../src/core/templates';
import type { NormalizedClient } from '../../src/shared/client';
import { escapeHtml, renderTemplate } from '../../src/shared/placeholders';
import { dayArb, inTimeZone, TIME_ZONES } from './helpers';

const CLIENT: NormalizedClient = {
  clientName: '好物設計',
  projectName: '可折疊露營椅',
  contactName: '王小明',
  contactEmail: 'ming@example.com',
  ccEmails: [],
  language: 'zh-TW',
  targetAmount: 1_000_000,
  currency: 'TWD',
  tier: 'T2',
  serviceLevel: 'basic',
  playbook: 'crowdfunding',
  dates: { launch: '2027-03-02', end: '2027-04-01', shipping: '2027-06' },
};
const CONTEXT = { today: '2027-01-04', csmName: '林經理', csmEmail: 'lin@desk.tw' };

describe('format', () => {
  it('writes days and months per language', () => {
    expect(formatDay('2027-03-01', 'zh-TW')).toBe('2027年3月1日');
    expect(formatDay('2027-03-01', 'en')).toBe('1 Mar 2027');
    expect(formatDay('2027-03-02', 'zh-TW', { weekday: true })).toBe('2027年3月2日（二）');
    expect(formatDay('2027-03-02', 'en', { weekday: true })).toBe('Tue 2 Mar 2027');
    expect(formatMonth('2027-06', 'zh-TW')).toBe('2027年6月');
    expect(formatMonth('2027-06', 'en')).toBe('June 2027');
  });

  it('writes amounts with symbols or codes and thousands separators', () => {
    expect(formatAmount(1_000_000, 'TWD')).toBe('NT$1,000,000');
    expect(formatAmount(5000, 'USD')).toBe('US$5,000');
    expect(formatAmount(999, 'TWD')).toBe('NT$999');
    expect(formatAmount(1234.5, 'EUR')).toBe('EUR 1,234.50');
    expect(formatAmount(-1500, 'JPY')).toBe('-JPY 1,500');
  });

  it('formats days the same in every time zone', () => {
    fc.assert(
      fc.property(dayArb, fc.constantFrom(...TIME_ZONES), (day, zone) => {
        expect(inTimeZone(zone, () => formatDay(day, 'en', { weekday: true }))).toBe(
          inTimeZone('UTC', () => formatDay(day, 'en', { weekday: true })),
        );
      }),
    );
  });

  it('groups any whole amount like Intl does in en-US', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatAmount(n, 'TWD')).toBe(`NT$${n.toLocaleString('en-US')}`);
      }),
    );
  });
});

describe('renderTemplate', () => {
  it('fills placeholders, with or without inner spaces', () => {
    expect(renderTemplate('Hi {{name}}, {{ project }}!', { name: 'Ming', project: 'Chair' })).toBe(
      'Hi Ming, Chair!',
    );
  });

  it('inserts values literally: replacement patterns, backslashes and braces stay as typed', () => {
    const values = { a: '$& $1 $$ $` \\n \\\\', b: '{{a}}' };
    expect(renderTemplate('[{{a}}] [{{b}}]', values)).toBe('[$& $1 $$ $` \\n \\\\] [{{a}}]');
    fc.assert(
      fc.property(fc.string(), fc.string(), (value, text) => {
        expect(renderTemplate(`${text.split('{').join('')}{{v}}`, { v: value })).toBe(
          `${text.split('{').join('')}${value}`,
        );
      }),
    );
  });

  it('escapes values, not the template, in the HTML context', () => {
    const html = renderTemplate('<b title="{{t}}">{{t}}</b>', { t: `Tom & "Jerry" <x> 'y'` }, { html: true });
    expect(html).toBe(
      '<b title="Tom &amp; &quot;Jerry&quot; &lt;x&gt; &#39;y&#39;">Tom &amp; &quot;Jerry&quot; &lt;x&gt; &#39;y&#39;</b>',
    );
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('throws rather than sending something half-filled', () => {
    expect(() => renderTemplate('{{missing}}', {})).toThrow(/unknown \{\{missing\}\}/);
    expect(() => renderTemplate('{{ name', { name: 'x' })).toThrow(/malformed/);
  });
});

describe('checkTemplate', () => {
  it('lists unknown and malformed placeholders in order, before anything is generated', () => {
    const problems = checkTemplate(
      '{{clientName}} {{clientNmae}}\n{{ projectName\n{{launch date}} {{}} }} ok',
      'en',
    );
    expect(problems.map((p) => [p.kind, p.token])).toEqual([
      ['unknown', '{{clientNmae}}'],
      ['malformed', '{{ projectName'],
      ['malformed', '{{launch date}}'],
      ['malformed', '{{}}'],
    ]);
    expect(problems[0]?.message).toBe('Unknown placeholder {{clientNmae}}.');
    expect(problems[1]?.index).toBe(30);
    expect(checkTemplate('{{a {{clientName}}', 'zh-TW').map((p) => p.token)).toEqual(['{{a ']);
    expect(checkTemplate('{{a', 'zh-TW')[0]?.message).toBe('欄位代碼寫法有誤：{{a（應為 {{clientName}}）。');
  });

  it('accepts every documented placeholder', () => {
    const template = Object.keys(PLACEHOLDERS)
      .map((name) => `{{${name}}}`)
      .join(' ');
    expect(checkTemplate(template, 'en')).toEqual([]);
  });
});

describe('templateValues', () => {
  it('fills every placeholder for a crowdfunding client in zh-TW', () => {
    const values = templateValues(CLIENT, CROWDFUNDING, CONTEXT);
    expect(Object.keys(values).sort()).toEqual(Object.keys(PLACEHOLDERS).sort());
    expect(values).toMatchObject({
      clientName: '好物設計',
      targetAmount: 'NT$1,000,000',
      tier: 'T2',
      serviceLevel: '基本',
      checklist: '行銷策略、廣告、設計、公關（媒體／KOL）、生產與出貨',
      launchDate: '2027年3月2日',
      endDate: '2027年4月1日',
      campaignDays: '30',
      daysToLaunch: '57',
      shippingMonth: '2027年6月',
      surveyDate: '2027年2月2日',
      prepStartDate: '2027年1月4日',
      contractStartDate: '',
      csmName: '林經理',
      folderUrl: '',
      today: '2027年1月4日',
    });
  });

  it('speaks English on request and shows a vague launch as typed', () => {
    const vague = { ...CLIENT, dates: { ...CLIENT.dates, launch: '2027-Q2' } };
    const values = templateValues(vague, CROWDFUNDING, { ...CONTEXT, folderUrl: 'https://drive/x' }, 'en');
    expect([values.launchDate, values.campaignDays, values.serviceLevel, values.folderUrl]).toEqual([
      '2027-Q2',
      '',
      'Basic',
      'https://drive/x',
    ]);
  });

  it('fills the derived renewal for b2b-saas', () => {
    const b2b = { ...CLIENT, playbook: 'b2b-saas', dates: { contractStart: '2027-01-15' } };
    const values = templateValues(b2b, B2B_SAAS, CONTEXT, 'en');
    expect([values.contractStartDate, values.renewalDate, values.launchDate]).toEqual([
      '15 Jan 2027',
      '15 Jan 2028',
      '',
    ]);
  });
});
