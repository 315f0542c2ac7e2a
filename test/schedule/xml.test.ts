import { describe, expect, it } from 'vitest';
import { textAsBytes } from '../../src/schedule/utf8Bytes.js';
import { readXml, type XmlElement } from '../../src/schedule/xml.js';

function rootOf(xml: string): XmlElement {
  const read = readXml(textAsBytes(xml));
  if ('problem' in read) throw new Error(read.problem);
  return read.root;
}

function problemOf(xml: string, linesBefore = 0): string {
  const read = readXml(textAsBytes(xml), linesBefore);
  return 'problem' in read ? read.problem : '(read)';
}

/** An element as plain data: name, attributes, text and children, for exact comparison. */
function shape(element: XmlElement): unknown {
  return {
    name: element.name,
    attributes: { ...element.attributes },
    text: element.text,
    children: element.children.map(shape),
  };
}

describe('reading XML', () => {
  it('reads nested elements, their attributes in either quote, and their trimmed text', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<schedule version='2'>
  <day date="2024-12-27" index = "1">
    <event id="7"><title>  Opening  </title><abstract/></event>
  </day>
</schedule>
`;
    expect(shape(rootOf(xml))).toEqual({
      name: 'schedule',
      attributes: { version: '2' },
      text: '',
      children: [
        {
          name: 'day',
          attributes: { date: '2024-12-27', index: '1' },
          text: '',
          children: [
            {
              name: 'event',
              attributes: { id: '7' },
              text: '',
              children: [
                { name: 'title', attributes: {}, text: 'Opening', children: [] },
                { name: 'abstract', attributes: {}, text: '', children: [] },
              ],
            },
          ],
        },
      ],
    });
  });

  it('keeps entities as written, and gives CDATA escaped so that both decode alike', () => {
    const root = rootOf('<t a="x &amp; y">Fish &amp; <![CDATA[<b>chips</b> & peas]]> &#233;</t>');
    expect(root.text).toBe('Fish &amp; &lt;b&gt;chips&lt;/b&gt; &amp; peas &#233;');
    expect(root.attributes.a).toBe('x &amp; y');
  });

  it('joins the text around child elements and skips comments and processing instructions inside', () => {
    const root = rootOf('<p>one <!-- not this --><b>two</b> three<?pi data?></p>');
    expect(root.text).toBe('one  three');
    expect(root.children.map((child) => child.text)).toEqual(['two']);
  });

  it('skips a DOCTYPE with declarations, never expanding the entities they declare', () => {
    const root = rootOf('<!DOCTYPE s [\n  <!ENTITY a "aaaaaaaaaa">\n  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n<s>&b;</s>');
    expect(root.text).toBe('&b;');
    expect(rootOf('<!DOCTYPE schedule SYSTEM "schedule.dtd"><schedule/>').name).toBe('schedule');
    // A "[" after the DOCTYPE's ">" is the document's, not declarations.
    expect(rootOf('<!DOCTYPE a>\n<a>[x]</a>').text).toBe('[x]');
  });

  it('gives each element as it closes, with the elements it is inside, and leaves out of the tree those taken', () => {
    const seen: string[] = [];
    const read = readXml(textAsBytes('<a><b n="1"><c>one</c></b><b n="2"/><d/></a>'), 0, (element, inside) => {
      seen.push(`${inside.map((outer) => outer.name).join('/')} > ${element.name}`);
      return element.name === 'b';
    });
    expect(seen).toEqual(['a/b > c', 'a > b', 'a > b', 'a > d']);
    expect('root' in read && read.root.children.map((child) => child.name)).toEqual(['d']);
  });

  it('takes an attribute named __proto__ as an attribute, leaving the prototype alone', () => {
    const root = rootOf('<e __proto__="x" constructor="y"/>');
    expect(Object.entries(root.attributes)).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
  });

  it('takes tabs, carriage returns and line breaks as space between and inside tags', () => {
    const xml = '<schedule>\r\n\t<day\r\n\tdate\t=\r\n"2025-02-01"\r\n/>\r\n</schedule\r\n>\r\n';
    expect(shape(rootOf(xml))).toEqual({
      name: 'schedule',
      attributes: {},
      text: '',
      children: [{ name: 'day', attributes: { date: '2025-02-01' }, text: '', children: [] }],
    });
  });

  it('reads names with digits, dots, dashes, colons and letters beyond ASCII', () => {
    expect(rootOf('<x:a-b.c_1 é="1"><会場>Saal</会場></x:a-b.c_1>').children[0]?.name).toBe('会場');
    // The first and last of each range: A and Z, a and z, 0 and 9.
    const root = rootOf('<Aa a0="1"><Zz_09 z9="2"/></Aa>');
    expect([root.name, root.attributes.a0, root.children[0]?.name, root.children[0]?.attributes.z9]).toEqual(['Aa', '1', 'Zz_09', '2']);
  });

  it('decodes each name, value and text from the UTF-8 it reads', () => {
    expect(shape(rootOf('<会場 名="日本 🐍"> Ünïcode à\u00a0</会場>'))).toEqual({
      name: '会場',
      attributes: { 名: '日本 🐍' },
      text: 'Ünïcode à',
      children: [],
    });
  });
});

describe('what stops a read', () => {
  const malformed: [string, string, string][] = [
    [
      'a closing tag that does not match',
      '<a>\n  <b>x</c>\n</a>',
      'line 2, column 7: the closing tag </c> does not close <b>, opened at line 2, column 3',
    ],
    [
      'a closing tag whose name only starts with the open one',
      '<a><event></eventx></a>',
      'line 1, column 11: the closing tag </eventx> does not close <event>, opened at line 1, column 4',
    ],
    [
      'a closing tag for an element further out',
      '<a><b></a></b>',
      'line 1, column 7: the closing tag </a> does not close <b>, opened at line 1, column 4',
    ],
    [
      // é is the bytes C3 A9, which read one a byte are the characters of Ã©.
      'a closing tag whose bytes, one a character, are the open name',
      '<Ã©></é>',
      'line 1, column 5: the closing tag </é> does not close <Ã©>, opened at line 1, column 1',
    ],
    ['a closing tag with nothing open', '<a/></a>', 'line 1, column 5: the closing tag </a> has no opening tag'],
    [
      'a closing tag that does not match, after characters beyond ASCII',
      '<a t="日本">é<b>é</c></a>',
      'line 1, column 16: the closing tag </c> does not close <b>, opened at line 1, column 12',
    ],
    ['a second root', '<a/>\n<b/>', 'line 2, column 1: a second root element <b>'],
    ['text before the root', 'x<a/>', 'line 1, column 1: text before the root element'],
    ['text after the root', '<a/>\n  y', 'line 2, column 3: text after the root element'],
    ['an attribute without quotes', '<a b=1/>', "line 1, column 6: the value of attribute 'b' is not in quotes"],
    ['an attribute without a value', '<a b c="1"/>', "line 1, column 6: attribute 'b' has no value"],
    ['a repeated attribute', '<a b="1" b="2"/>', "line 1, column 12: attribute 'b' is repeated"],
    ['a "<" in an attribute', '<a b="1<2"/>', `line 1, column 8: the value of attribute 'b' holds a "<"`],
    ['attributes run together', '<a b="1"c="2"/>', 'line 1, column 9: the tag <a> needs a space before its attribute'],
    ['a character no name may hold', '<sche{dule/>', 'line 1, column 6: the tag <sche> goes on with "{", which no name may hold'],
    ['another', '<a^b/>', 'line 1, column 3: the tag <a> goes on with "^", which no name may hold'],
    ['a quote where a name goes on', '<a"b/>', `line 1, column 3: the tag <a> goes on with '"', which no name may hold`],
    ['a stray slash in a tag', '<a / >', 'line 1, column 4: "/" inside the tag <a> is not followed by ">"'],
    ['a tag without a name', '<a>< b/></a>', 'line 1, column 5: a tag has no name, or one starting with " "'],
    // A line break or an escape code in the file is named by its code point, so the sentence stays one line.
    ['a line break for a tag name', '<a><\n/a>', 'line 1, column 5: a tag has no name, or one starting with U+000A'],
    ['an escape code for a tag name', '<a><\u001b[2J/></a>', 'line 1, column 5: a tag has no name, or one starting with U+001B'],
    ['a tag name starting with a digit', '<a><1/></a>', 'line 1, column 5: a tag has no name, or one starting with "1"'],
    ['an attribute without a name', '<a b="1" ="2"/>', 'line 1, column 10: an attribute has no name, or one starting with "="'],
    ['a closing tag without a name', '<a></ >', 'line 1, column 6: a closing tag has no name, or one starting with " "'],
    ['a DOCTYPE after the root', '<a/><!DOCTYPE a>', 'line 1, column 5: an unknown declaration "<!"'],
    ['a closing tag with more in it', '<a></a b>', 'line 1, column 8: the closing tag </a> does not end at ">"'],
    ['an unknown declaration', '<a><!ELEMENT a ANY></a>', 'line 1, column 4: an unknown declaration "<!"'],
    ['CDATA outside the root', '<![CDATA[x]]><a/>', 'line 1, column 1: CDATA outside the root element'],
    ['a DOCTYPE inside the root', '<a><!DOCTYPE a></a>', 'line 1, column 4: an unknown declaration "<!"'],
  ];
  it.each(malformed)('says where %s is', (_name, xml, place) => {
    expect(problemOf(xml)).toBe(`its XML is malformed at ${place}`);
  });

  it('shows at most 40 characters of a name, and the invisible characters in one as code points', () => {
    const long = `${'a'.repeat(39)}bcdef`;
    expect(problemOf(`<${long}><x/></y></${long}>`)).toBe(
      `its XML is malformed at line 1, column 51: the closing tag </y> does not close <${'a'.repeat(39)}…>, opened at line 1, column 1`,
    );
    expect(problemOf(`<会場 ${'é'.repeat(50)}>`)).toBe(
      `its XML is malformed at line 1, column 55: attribute '${'é'.repeat(39)}…' has no value`,
    );
    expect(problemOf(`<${'a'.repeat(40)}></b>`)).toBe(
      `its XML is malformed at line 1, column 43: the closing tag </b> does not close <${'a'.repeat(40)}>, opened at line 1, column 1`,
    );
    // Characters are counted, not UTF-16 units: 30 letters beyond the first plane are shown whole.
    expect(problemOf(`<${'𝒜'.repeat(30)}></b>`)).toBe(
      `its XML is malformed at line 1, column 63: the closing tag </b> does not close <${'𝒜'.repeat(30)}>, opened at line 1, column 1`,
    );
    expect(problemOf('<a\u202e></b>')).toBe(
      'its XML is malformed at line 1, column 5: the closing tag </b> does not close <a U+202E>, opened at line 1, column 1',
    );
    expect(problemOf('<a\u009b31m\u202ex></b>')).toBe(
      'its XML is malformed at line 1, column 10: the closing tag </b> does not close <a U+009B 31m U+202E x>, opened at line 1, column 1',
    );
  });

  it('counts the lines cut from before the text, and allows spaces before a closing ">"', () => {
    expect(problemOf('<a>\n</b>', 2)).toBe(
      'its XML is malformed at line 4, column 1: the closing tag </b> does not close <a>, opened at line 3, column 1',
    );
    expect(rootOf('<a>x</a  >').text).toBe('x');
  });

  const cutShort: [string, string, string][] = [
    ['an open element', '<a>\n  <b>text', 'line 2, column 10 with <a>, <b> still open'],
    ['an open element after characters beyond ASCII', '<a>\n  <b>日本', 'line 2, column 8 with <a>, <b> still open'],
    ['a tag', '<a><b c="1"', 'line 1, column 12 with <a> still open'],
    ['a tag name', '<a><', 'line 1, column 5 with <a> still open'],
    ['an attribute value', '<a b="1', 'line 1, column 8'],
    ['the space before an attribute value', '<a b=  ', 'line 1, column 8'],
    ['an attribute name', '<a b', 'line 1, column 5'],
    ['a closing tag', '<a></a', 'line 1, column 7 with <a> still open'],
    ['a closing tag name', '<a></', 'line 1, column 6 with <a> still open'],
    // Six open elements (as deep as frab nests) are named; more are counted, so a deeply nested file gets a one-line message.
    ['six open elements', '<a><b><c><d><e><f>', 'line 1, column 19 with <a>, <b>, <c>, <d>, <e>, <f> still open'],
    ['seven open elements', '<a><b><c><d><e><f><g>', 'line 1, column 22 with 7 elements still open, from <a> to <g>'],
    ['3,000 open elements', `<a>${'<b>'.repeat(2999)}`, 'line 1, column 9001 with 3000 elements still open, from <a> to <b>'],
    ['a comment', '<a><!-- x', 'line 1, column 10 with <a> still open'],
    ['CDATA', '<a><![CDATA[x]]', 'line 1, column 16 with <a> still open'],
    ['a processing instruction', '<?xml version="1.0"', 'line 1, column 20'],
    ['a DOCTYPE', '<!DOCTYPE a', 'line 1, column 12'],
    ['declarations in a DOCTYPE', '<!DOCTYPE a [ <!ENTITY b "c">', 'line 1, column 30'],
    ['the end of a DOCTYPE', '<!DOCTYPE a [ ]', 'line 1, column 16'],
  ];
  it.each(cutShort)('says the file looks cut short in %s', (_name, xml, where) => {
    expect(problemOf(xml)).toBe(`its XML ends at ${where}, so the file looks cut short`);
  });

  it('says when there is no element at all', () => {
    expect(problemOf('<?xml version="1.0"?>\n<!-- nothing -->\n')).toBe('its XML has no element at all');
  });
});
