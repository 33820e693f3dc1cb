import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocxBlocks } from '../../../local/disk/docx-read.js';
import { parseCellStyles, parseSharedStrings } from '../../../local/disk/xlsx-cells.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx holding `body` as its document and `styles` as its style part, found through the package relationships. */
async function docx(body: string, styles: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/main.xml"/></Relationships>`,
  );
  zip.file('word/main.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file('word/styles.xml', `<w:styles ${W}>${styles}</w:styles>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('reading a .docx a person edited', () => {
  it('reads headings by style name (a localised Word too), tabs, breaks, entities and tables; skips drawings and deleted text', async () => {
    const styles = `<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>`;
    const body = `<w:p><w:pPr><w:pStyle w:val="Title"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Launch &amp; plan</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="berschrift1"/></w:pPr><w:r><w:t xml:space="preserve">Goals </w:t></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:r><w:tab/><w:t>&#233;t&#xE9;</w:t><w:br/><w:t><![CDATA[a<b]]></w:t></w:r></w:p>
      <w:p/>
      <w:p><w:r><w:drawing><w:t>caption</w:t></w:drawing><w:t>Text</w:t></w:r><w:r/></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>
        <w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`;
    expect(await readDocxBlocks(await docx(body, styles))).toEqual([
      { kind: 'paragraph', style: 'TITLE', text: 'Launch & plan' },
      { kind: 'paragraph', style: 'HEADING_1', text: 'Goals \tété\na<b' },
      { kind: 'paragraph', style: 'NORMAL_TEXT', text: '' },
      { kind: 'paragraph', style: 'NORMAL_TEXT', text: 'Text' },
      { kind: 'table', rows: [['a\nb', 'inner']] },
    ]);
  });
});

describe('reading xlsx parts', () => {
  it('reads shared strings from their runs, without phonetic guides, entities decoded', () => {
    expect(
      parseSharedStrings(`<sst><si><t>Plain &amp; simple</t></si><si/><si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r></si>
        <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>`),
    ).toEqual(['Plain & simple', '', 'Rich text', '東京']);
  });

  it('reads cell styles: custom and built-in formats, bold fonts, the cellXfs list only', () => {
    const styles =
      parseCellStyles(`<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd&quot;!&quot;"/></numFmts>
      <fonts><font><sz val="11"/></font><font><b/></font><font><b val="0"/></font></fonts>
      <cellStyleXfs><xf numFmtId="3" fontId="1"/></cellStyleXfs>
      <cellXfs><xf numFmtId="0" fontId="0"/><xf numFmtId="164" fontId="1"/><xf numFmtId="10" fontId="2"/><xf numFmtId="14"/></cellXfs></styleSheet>`);
    expect(styles.map((style) => [style.format, style.bold, style.isDate])).toEqual([
      [undefined, false, false],
      ['yyyy-mm-dd"!"', true, true],
      ['0.00%', false, false],
      ['mm-dd-yy', false, true],
    ]);
  });
});
