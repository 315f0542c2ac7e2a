/**
 * XML text → a tree of elements, for the frab reader. A well-formedness
 * checker and reader in one pass over the text: tags must nest and match,
 * attributes must be quoted and named once, and one root element holds
 * everything. Comments, processing instructions and the DOCTYPE are skipped;
 * entities the DOCTYPE declares are never expanded, so a hostile file cannot
 * grow in memory. Character data keeps `&amp;` and the rest as written, for
 * the reader to decode (CDATA content comes out escaped, so it reads the same).
 *
 * The text is read as its UTF-8 bytes (utf8Bytes.ts), and each name, value
 * and text cut from it is decoded on its own.
 *
 * Why not fast-xml-parser: validating and then parsing with it took 0.5 s of
 * the 0.9 s import of a 1.4 MB schedule; this reads the file in a tenth of
 * that, and gives each problem's line and column in the same pass.
 */
import { cutForMessage, placeIn, quotedPiece } from './text.js';
import { decoded, type Utf8Bytes } from './utf8Bytes.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The character data directly inside, trimmed; entities as written. */
  text: string;
}

/** What stops a read: a sentence clause, with the line and column where it is. */
export type XmlResult = { root: XmlElement } | { problem: string };

const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;

/**
 * The attributes of every element that has none, shared. An element's own
 * have no prototype, so an attribute named __proto__ is only an attribute.
 */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze(Object.create(null));

/** The children of every element that has none, shared: most are fields of text. */
const NO_CHILDREN: XmlElement[] = Object.freeze([]) as unknown as XmlElement[];

/**
 * Given each element as it closes, with the elements it is inside (the root
 * first): true when the caller has taken what it needs from it, and it is
 * left out of the tree. A reader of a large file keeps only what it has not
 * read yet.
 */
export type TakeElement = (element: XmlElement, inside: readonly XmlElement[]) => boolean;

/** Reads `xml`; `linesBefore` lines were cut from its start, and count in the places of problems. */
export function readXml(xml: Utf8Bytes, linesBefore = 0, take: TakeElement = () => false): XmlResult {
  return new XmlReader(xml, linesBefore, take).read();
}

class MalformedXml {
  constructor(
    readonly at: number,
    readonly said: string,
  ) {}
}

class CutShort {}

class XmlReader {
  private at = 0;
  /** The elements open, innermost last; each one's text grows as it is read, and is decoded and trimmed when it closes. */
  private readonly open: XmlElement[] = [];
  /** Where each open element's tag starts. */
  private readonly openedAt: number[] = [];
  /** Each open element's name as written, for its closing tag to be compared with. */
  private readonly openedAs: string[] = [];
  private root: XmlElement | undefined;

  constructor(
    private readonly xml: Utf8Bytes,
    private readonly linesBefore: number,
    private readonly take: TakeElement,
  ) {}

  read(): XmlResult {
    try {
      this.readAll();
    } catch (stop) {
      if (stop instanceof MalformedXml) {
        const { line, column } = this.placeOf(stop.at);
        return { problem: `its XML is malformed at line ${line}, column ${column}: ${stop.said}` };
      }
      if (stop instanceof CutShort) return { problem: this.cutShort() };
      throw stop;
    }
    if (this.open.length > 0) return { problem: this.cutShort() };
    if (!this.root) return { problem: 'its XML has no element at all' };
    return { root: this.root };
  }

  private readAll(): void {
    const { xml } = this;
    while (this.at < xml.length) {
      const tag = xml.indexOf('<', this.at);
      const textEnd = tag === -1 ? xml.length : tag;
      if (textEnd > this.at) this.addText(this.at, textEnd);
      if (tag === -1) return;
      const next = xml.charCodeAt(tag + 1);
      if (next === SLASH) this.closeTag(tag);
      else if (next === BANG) this.skipDeclaration(tag);
      else if (next === QUESTION) this.at = this.endOf('?>', tag + 2);
      else this.openTag(tag);
    }
  }

  private addText(from: number, to: number): void {
    const top = this.open[this.open.length - 1];
    if (top) {
      // Space before any text is trimmed anyway: the space between the children of a container is never kept.
      if (top.text !== '' || !this.isBlank(from, to)) top.text += this.xml.slice(from, to);
      return;
    }
    for (let i = from; i < to; i++) {
      if (!isSpace(this.xml.charCodeAt(i))) {
        const where = this.root ? 'after the root element' : 'before the root element';
        throw new MalformedXml(i, `text ${where}`);
      }
    }
  }

  private openTag(tag: number): void {
    const { xml } = this;
    let i = tag + 1;
    const written = this.nameAt(i, 'a tag');
    i += written.length;
    const name = decoded(written);
    if (this.open.length === 0 && this.root) throw new MalformedXml(tag, `a second root element <${shown(name)}>`);
    let attributes = NO_ATTRIBUTES;
    for (;;) {
      const spaceFrom = i;
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= xml.length) throw new CutShort();
      const code = xml.charCodeAt(i);
      if (code === GREATER_THAN || (code === SLASH && xml.charCodeAt(i + 1) === GREATER_THAN)) {
        const element: XmlElement = { name, attributes, children: NO_CHILDREN, text: '' };
        if (this.open.length === 0) this.root = element;
        if (code === GREATER_THAN) {
          this.open.push(element);
          this.openedAt.push(tag);
          this.openedAs.push(written);
        } else {
          this.closed(element);
        }
        this.at = code === GREATER_THAN ? i + 1 : i + 2;
        return;
      }
      if (code === SLASH) throw new MalformedXml(i, `"/" inside the tag <${shown(name)}> is not followed by ">"`);
      if (i === spaceFrom && !isNameCode(code, true))
        throw new MalformedXml(i, `the tag <${shown(name)}> goes on with ${quotedPiece(xml[i] as string)}, which no name may hold`);
      if (i === spaceFrom) throw new MalformedXml(i, `the tag <${shown(name)}> needs a space before its attribute`);
      const writtenAttribute = this.nameAt(i, 'an attribute');
      i += writtenAttribute.length;
      const attribute = decoded(writtenAttribute);
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= xml.length) throw new CutShort();
      if (xml.charCodeAt(i) !== EQUALS) throw new MalformedXml(i, `attribute '${shown(attribute)}' has no value`);
      i++;
      while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
      if (i >= xml.length) throw new CutShort();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") throw new MalformedXml(i, `the value of attribute '${shown(attribute)}' is not in quotes`);
      const close = xml.indexOf(quote, i + 1);
      if (close === -1) throw new CutShort();
      const value = xml.slice(i + 1, close);
      const lessThan = value.indexOf('<');
      if (lessThan !== -1) throw new MalformedXml(i + 1 + lessThan, `the value of attribute '${shown(attribute)}' holds a "<"`);
      if (attributes === NO_ATTRIBUTES) attributes = Object.create(null) as Record<string, string>;
      else if (Object.hasOwn(attributes, attribute)) throw new MalformedXml(i, `attribute '${shown(attribute)}' is repeated`);
      attributes[attribute] = decoded(value);
      i = close + 1;
    }
  }

  private closeTag(tag: number): void {
    // Most closing tags are the open element's name as written, then ">": checked as they are, in one comparison.
    const openName = this.openedAs[this.openedAs.length - 1];
    const end = tag + 2 + (openName?.length ?? 0);
    if (openName !== undefined && this.xml.charCodeAt(end) === GREATER_THAN && this.xml.startsWith(openName, tag + 2)) {
      this.closeTop();
      this.at = end + 1;
      return;
    }
    const written = this.nameAt(tag + 2, 'a closing tag');
    const name = decoded(written);
    let i = tag + 2 + written.length;
    while (i < this.xml.length && isSpace(this.xml.charCodeAt(i))) i++;
    if (i >= this.xml.length) throw new CutShort();
    if (this.xml.charCodeAt(i) !== GREATER_THAN) throw new MalformedXml(i, `the closing tag </${shown(name)}> does not end at ">"`);
    const top = this.open[this.open.length - 1];
    if (!top) throw new MalformedXml(tag, `the closing tag </${shown(name)}> has no opening tag`);
    if (top.name !== name) {
      const opened = this.placeOf(this.openedAt[this.openedAt.length - 1] ?? 0);
      throw new MalformedXml(
        tag,
        `the closing tag </${shown(name)}> does not close <${shown(top.name)}>, opened at line ${opened.line}, column ${opened.column}`,
      );
    }
    this.closeTop();
    this.at = i + 1;
  }

  /** The innermost open element is closed: its text decoded and trimmed, and it is given to its parent. */
  private closeTop(): void {
    const top = this.open.pop() as XmlElement;
    this.openedAt.pop();
    this.openedAs.pop();
    top.text = decoded(top.text).trim();
    this.closed(top);
  }

  /** A closed element joins its parent's children, unless it is taken. */
  private closed(element: XmlElement): void {
    const parent = this.open[this.open.length - 1];
    if (!parent || this.take(element, this.open)) return;
    if (parent.children === NO_CHILDREN) parent.children = [];
    parent.children.push(element);
  }

  /** `<!-- -->`, `<![CDATA[ ]]>` or `<!DOCTYPE …>`, with a DOCTYPE's `[…]` declarations skipped whole. */
  private skipDeclaration(tag: number): void {
    const { xml } = this;
    if (xml.startsWith('<!--', tag)) {
      this.at = this.endOf('-->', tag + 4);
    } else if (xml.startsWith('<![CDATA[', tag)) {
      const end = this.endOf(']]>', tag + 9);
      const top = this.open[this.open.length - 1];
      if (!top) throw new MalformedXml(tag, 'CDATA outside the root element');
      top.text += escapeText(xml.slice(tag + 9, end - 3));
      this.at = end;
    } else if (xml.startsWith('<!DOCTYPE', tag) && !this.root && this.open.length === 0) {
      const subset = xml.indexOf('[', tag);
      const close = xml.indexOf('>', tag);
      if (close === -1) throw new CutShort();
      this.at = subset !== -1 && subset < close ? this.endOf('>', this.endOf(']', subset + 1)) : close + 1;
    } else {
      throw new MalformedXml(tag, 'an unknown declaration "<!"');
    }
  }

  private isBlank(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!isSpace(this.xml.charCodeAt(i))) return false;
    return true;
  }

  /** Just past the next `end` from `from`, or the file is cut short. */
  private endOf(end: string, from: number): number {
    const found = this.xml.indexOf(end, from);
    if (found === -1) throw new CutShort();
    return found + end.length;
  }

  private nameAt(from: number, what: string): string {
    const { xml } = this;
    let i = from;
    while (i < xml.length && isNameCode(xml.charCodeAt(i), i === from)) i++;
    if (i === from) {
      if (from >= xml.length) throw new CutShort();
      throw new MalformedXml(
        from,
        `${what} has no name, or one starting with ${quotedPiece(String.fromCodePoint(xml.codePointAt(from) ?? 0))}`,
      );
    }
    return xml.slice(from, i);
  }

  private cutShort(): string {
    const lines = this.xml.split('\n');
    const last = decoded(lines[lines.length - 1] ?? '');
    const stillOpen = this.open.length === 0 ? '' : ` with ${stillOpenElements(this.open)}`;
    return `its XML ends at line ${lines.length + this.linesBefore}, column ${last.length + 1}${stillOpen}, so the file looks cut short`;
  }

  /** The line and column of a byte, the column in UTF-16 units as placeIn counts them. */
  private placeOf(at: number): { line: number; column: number } {
    const { line, column } = placeIn(this.xml, at);
    return { line: line + this.linesBefore, column: decoded(this.xml.slice(at - column + 1, at)).length + 1 };
  }
}

function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/** The elements a cut-short file leaves open: named when a few, else counted, from the outermost to the innermost. */
function stillOpenElements(open: XmlElement[]): string {
  const tags = open.map((element) => `<${shown(element.name)}>`);
  if (tags.length <= MOST_OPEN_NAMED) return `${tags.join(', ')} still open`;
  return `${tags.length} elements still open, from ${tags[0]} to ${tags[tags.length - 1]}`;
}

/** The most open elements a message names one by one. */
const MOST_OPEN_NAMED = 6;

/** The most of a tag or attribute name a message shows. */
const MOST_OF_A_NAME = 40;

/**
 * A name from the file inside a message: whole when short, else its start
 * and "…", so that a message stays a line. A name may hold any character
 * beyond ASCII: the invisible ones (C1 controls, format characters such as
 * a right-to-left override) are shown as code points.
 */
function shown(name: string): string {
  return cutForMessage(name, MOST_OF_A_NAME)
    .replace(/[\u0080-\u009f\p{Cf}]/gu, (char) => ` ${quotedPiece(char)} `)
    .trim();
}

/** XML's name characters, loosely: letters, digits and `_:.-`, and all of non-ASCII; no digit, `.` or `-` first. */
function isNameCode(code: number, first: boolean): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f || code === 0x3a || code >= 0x80) return true;
  return !first && ((code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e);
}
