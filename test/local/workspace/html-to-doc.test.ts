import { describe, expect, it } from 'vitest';
import { htmlToDoc } from '../../../local/host/services/workspace/html-to-doc.js';

const paragraph = (text: string, style = 'NORMAL_TEXT') => ({ kind: 'paragraph', style, text });

describe('htmlToDoc', () => {
  it('reads headings, paragraphs and the title class, and keeps the head out of the body', () => {
    const doc = htmlToDoc(`<!DOCTYPE html><html><head><title>Kick-off &amp; plan</title>
      <style>p { color: red }</style></head><body>
      <p class="title">Launch plan</p><p class="subtitle">for ACME</p>
      <h1>Goals</h1><h2>  First   week </h2><h6>Fine print</h6>
      <p>Hello <b>bold</b> <a href="#">world</a>.</p><p></p></body></html>`);
    expect(doc).toEqual([
      paragraph('Launch plan', 'TITLE'),
      paragraph('for ACME', 'SUBTITLE'),
      paragraph('Goals', 'HEADING_1'),
      paragraph('First week', 'HEADING_2'),
      paragraph('Fine print', 'HEADING_6'),
      paragraph('Hello bold world.'),
      paragraph(''),
    ]);
  });

  it('turns list items into paragraphs with a bullet or their number', () => {
    const doc = htmlToDoc(
      '<ul><li>One</li><li>Two<ul><li>Nested</li></ul></li><li><p>Wrapped</p></li></ul><ol><li>First<li>Second</ol>',
    );
    expect(doc).toEqual([
      paragraph('• One'),
      paragraph('• Two'),
      paragraph('• Nested'),
      paragraph('• Wrapped'),
      paragraph('1. First'),
      paragraph('2. Second'),
    ]);
  });

  it('reads a table into rows of cell text, pads ragged rows and adds the paragraph Docs keeps after it', () => {
    const doc = htmlToDoc(`<table><thead><tr><th>Task</th><th>Due</th></tr></thead>
      <tbody><tr><td>Kick-off</td><td><p>Mon</p><p>9:00</p></td></tr><tr><td>Only one</td></tr></tbody></table>`);
    expect(doc).toEqual([
      {
        kind: 'table',
        rows: [
          ['Task', 'Due'],
          ['Kick-off', 'Mon\n9:00'],
          ['Only one', ''],
        ],
      },
      paragraph(''),
    ]);
  });

  it('makes <br> a soft line break (U+000B) and collapses whitespace around it', () => {
    expect(htmlToDoc('<p>Line one <br/>\n  line two</p>')).toEqual([paragraph('Line one\u000bline two')]);
  });

  it('decodes named and numeric entities and leaves unknown ones alone', () => {
    expect(
      htmlToDoc('<p>&lt;b&gt; &quot;x&quot; &#39;y&#39; &#x1F600; &nbsp;&copy; &bogus; AT&T</p>'),
    ).toEqual([paragraph('<b> "x" \'y\' 😀 \u00a0© &bogus; AT&T')]);
  });

  it('drops comments, scripts and head content, and keeps loose text as a paragraph', () => {
    const doc = htmlToDoc(
      '<head><meta charset="utf-8"></head><!-- note --><script>if (a < b) {}</script>Loose <i>text</i>',
    );
    expect(doc).toEqual([paragraph('Loose text')]);
  });

  it('gives an empty page one empty paragraph, as a new Doc has', () => {
    expect(htmlToDoc('')).toEqual([paragraph('')]);
  });
});
