import { cleanInline } from './lines';
import { NumberingError, type NumberingLevel } from './outline';
import { parseSeedPaper, type PaperLayout } from './parse-paper';
import { clausesOf, sectionsOf } from './render';

const layout = (levels: NumberingLevel[], extra: Partial<PaperLayout> = {}): PaperLayout => ({
  title: /^(\S.+)$/,
  parts: [{ id: 'compact', kind: 'compact', partOfCompact: true, levels }],
  ...extra,
});
const sections: NumberingLevel = { style: 'decimal', depth: 0, heading: 'whole-line', body: 'blocks', when: /^[A-Z][^.]*$/ };
const paragraphs: NumberingLevel = { style: 'dotted', depth: 1, heading: 'none', body: 'blocks' };

describe('the parser over numbered structure', () => {
  it('nests paragraphs in their sections and keeps bullets with the paragraph they follow', () => {
    const text = ['Title', '', '1. Intro', '', '- 1.1 First.', '- 1.2 Second:', '', '- a bullet', '  - nested', '', '2. Next', '', '2.1 Third.'].join('\n');
    const [part] = parseSeedPaper('t.txt', text, layout([sections, paragraphs])).parts;
    expect(clausesOf(part.body).map((c) => c.reference)).toEqual(['1', '1.1', '1.2', '2', '2.1']);
    expect(sectionsOf(part).find((s) => s.reference === '1.2')!.text).toBe('Second:\n\n- a bullet\n  - nested');
  });

  it('refuses numbering it cannot place rather than guessing', () => {
    const text = ['Title', '', '1. Intro', '', '1.1 First.', '1.3 Skipped one.'].join('\n');
    expect(() => parseSeedPaper('t.txt', text, layout([sections, paragraphs]))).toThrow(NumberingError);
    expect(() => parseSeedPaper('t.txt', ['Title', '', '1. Intro', '2.1 Wrong section.'].join('\n'), layout([sections, paragraphs]))).toThrow(/2\.1/);
  });

  it('reads a list numbered 1-4 inside 4.2 as its items, and section 5 after it as a section', () => {
    const text = ['T', '4. Four', '4.1 a.', '4.2 list:', '1. **One**', '2. **Two**', '', '5. Five'].join('\n');
    const levels = [{ ...sections }, paragraphs, { style: 'decimal', depth: 2, heading: 'none', body: 'line' } as NumberingLevel];
    const wrong = () => parseSeedPaper('t.txt', text, layout(levels));
    expect(wrong).toThrow(/"4\." fits no numbering level/); // a paper's first section is 1, not 4
    const from4 = text.replace('4. Four', '1. One\n\n2. Two\n\n3. Three\n\n4. Four');
    const [part] = parseSeedPaper('t.txt', from4, layout(levels)).parts;
    expect(clausesOf(part.body).map((c) => c.reference)).toEqual(['1', '2', '3', '4', '4.1', '4.2', '4.2 1', '4.2 2', '5']);
  });

  it('reads "i." as the ninth letter after "h." and as a roman one where a list starts', () => {
    const items = (style: NumberingLevel['style']): NumberingLevel => ({ style, depth: 1, heading: 'none', body: 'line' });
    const text = ['T', '1. ONE', ...'abcdefghi'.split('').map((l) => `- ${l}. item ${l}`), '', '2. TWO', '- i. first', '- ii. second'].join('\n');
    const [part] = parseSeedPaper('t.txt', text, layout([{ ...sections, when: undefined }, items('alpha.'), items('roman.')])).parts;
    expect(clausesOf(part.body).map((c) => c.reference)).toEqual(['1', '1 a', '1 b', '1 c', '1 d', '1 e', '1 f', '1 g', '1 h', '1 i', '2', '2 i', '2 ii']);
  });

  it('joins a sentence a page break cut, and nothing else', () => {
    const text = ['T', '1. One', '', '1.1 We will lead, usually through existing groups', '', 'and structures. Then more.', '', 'New paragraph.'].join('\n');
    const [part] = parseSeedPaper('t.txt', text, layout([sections, paragraphs])).parts;
    expect(sectionsOf(part).find((s) => s.reference === '1.1')!.text).toBe(
      'We will lead, usually through existing groups and structures. Then more.\n\nNew paragraph.',
    );
  });

  it("removes conversion markup and keeps the paper's own marks", () => {
    expect(cleanInline('**Integrated Care** –one service')).toBe('Integrated Care –one service');
    expect(cleanInline('## *Forward*')).toBe('## Forward');
    expect(cleanInline('Wellbeing Partnership Board *')).toBe('Wellbeing Partnership Board *');
    expect(cleanInline('social capital<sup>1</sup>, ensuring')).toBe('social capital¹, ensuring');
    expect(cleanInline('The kings fund ([www.kingsfund.org.uk](http://www.kingsfund.org.uk)) outline')).toBe('The kings fund (www.kingsfund.org.uk) outline');
  });
});
