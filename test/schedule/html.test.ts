import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/schedule/html.js';

describe('abstracts in HTML or markdown, as plain paragraphs', () => {
  it('ends a paragraph at the end of each block, at a line break, and where a block opens', () => {
    expect(htmlToText('<h2 >Title</h2 ><p class="lead">Lead</p>one<br>two<br />three<div>four</div  ><ol><li>five</li></ol>')).toBe(
      'Title\n\nLead\n\none\n\ntwo\n\nthree\n\nfour\n\nfive',
    );
    expect(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><blockquote>q</blockquote><pre>p</pre>')).toBe(
      'ab\n\nc\n\nq\n\np',
    );
    expect(htmlToText('<h6>six</h6><h7>seven</h7>eight')).toBe('six\n\nseveneight');
  });

  it('drops other tags, opening and closing, with their attributes, and keeps what only looks like one', () => {
    expect(htmlToText('<b>bold</b> <a href="https://x.example/">link</a> <span\nclass="x">span</span> 1 < 2 > 0 <3')).toBe(
      'bold link span 1 < 2 > 0 <3',
    );
    expect(htmlToText('a <> b </> c <1> d')).toBe('a <> b </> c <1> d');
  });

  it('drops comments, and script and style elements, with what is in them', () => {
    expect(htmlToText('<p>Hi<!-- a note --> there</p>')).toBe('Hi there');
    // What a Word paste leaves in a CMS.
    expect(htmlToText('<!--[if gte mso 9]><xml><o:Settings></o:Settings></xml><![endif]--><p>On Word</p>')).toBe('On Word');
    expect(htmlToText('<STYLE type="text/css">p { color: red; }</STYLE ><p>Styled</p><script>alert(1)</script>end')).toBe('Styled\n\nend');
    // <scripts> is no script element; a comment or an element that never ends is kept as it is.
    expect(htmlToText('<scripts>a</scripts> b <!-- c')).toBe('a b <!-- c');
    expect(htmlToText('a <script>b')).toBe('a b');
    // Read once however many starts never end (a quadratic search would take minutes here).
    const starts = '<!--<script>'.repeat(50_000);
    expect(htmlToText(`x${starts}`)).toBe(`x${'<!--'.repeat(50_000)}`);
  });

  it('reduces markdown links to their text, leaving brackets that are no link', () => {
    expect(htmlToText('see [the docs](https://x.example/docs) and [](https://x.example/) or [x] (y)')).toBe('see the docs and or [x] (y)');
    expect(htmlToText('[two\nlines](https://x.example/)')).toBe('[two\nlines](https://x.example/)');
  });

  it('reads Windows and old Mac line ends as line ends, and a blank line as a paragraph break', () => {
    expect(htmlToText('one\r\n\r\ntwo\r\rthree\rfour')).toBe('one\n\ntwo\n\nthree\nfour');
  });
});
