import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, hyphenParts, joinParts, padEnd, truncate, wrapMessage, wrapText } from '../../src/render/wrap.js';

/** Titles as PyCon JP, PyCon TW, PyCon KR and others publish them, and the accents and emoji of PyCon US. */
const TITLES = [
  'Pythonで始める型ヒント入門',
  '真夜中の映画',
  'ｐｙｔｈｏｎ　全角',
  'ﾊﾝｶｸｶﾀｶﾅ',
  '用 Python 寫一個直譯器',
  '파이썬으로 만드는 웹 서비스',
  'Bélanger’s “Talk” — 🐍 and 🎉',
  'Zoë Cafe\u0301 naïve',
  'emoji ZWJ: 👩\u200d💻',
  'flag 🇯🇵',
  'Advanced asyncio: Solving Real-world Production Problems',
];

describe('display width', () => {
  it('agrees with string-width on the titles conferences publish', () => {
    expect(TITLES.map(displayWidth)).toEqual(TITLES.map((title) => stringWidth(title)));
  });

  it('gives every character of the common wide blocks the width string-width gives it', () => {
    const blocks = [
      [0x3000, 0x30ff],
      [0x4e00, 0x9fff],
      [0xac00, 0xd7a3],
      [0xd7a4, 0xd7ff],
    ];
    const differ: string[] = [];
    for (const [from = 0, to = 0] of blocks)
      for (let code = from; code <= to; code++) {
        const char = String.fromCodePoint(code);
        if (displayWidth(char) !== stringWidth(char)) differ.push(code.toString(16));
      }
    expect(differ).toEqual([]);
  });

  it("measures pycon's own separators as one column each, as string-width does, by the quick count too", () => {
    for (const char of '\u00a0·–…★▶“”') expect([char, displayWidth(char)]).toEqual([char, stringWidth(char)]);
    // é is left to the full count, whose width for the rest must be the quick one's.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab -\u00a0·–…★▶“”日'), maxLength: 20 }), (text) => {
        expect(displayWidth(`${text}é`)).toBe(displayWidth(text) + 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives East Asian wide characters two columns, combining marks none, colour codes none', () => {
    expect(displayWidth('日本語')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(displayWidth('\u001b[32m★\u00a0Kernel\u001b[39m')).toBe(8);
    expect(displayWidth('\u001b[2m日本\u001b[22m')).toBe(4);
    expect(displayWidth('\u001b[2me\u0301\u001b[22m')).toBe(1);
  });

  it('wraps, pads and cuts Japanese by columns, never splitting a character', () => {
    expect(wrapText('Pythonで始める型ヒント入門', 10)).toEqual(['Pythonで始', 'める型ヒン', 'ト入門']);
    expect(wrapText('Concurrency', 6)).toEqual(['Concu-', 'rrency']);
    // Never fewer than three letters on either side of a hyphen.
    expect(wrapText('Concurrency Models', 11)).toEqual(['Concurrency', 'Models']);
    expect(wrapText('Descriptors', 10)).toEqual(['Descript-', 'ors']);
    expect(wrapText('maintainable', 11)).toEqual(['maintaina-', 'ble']);
    // After the hyphens a word already has, in any alphabet.
    expect(wrapText('Привет-мир-программирование', 7)).toEqual(['Привет-', 'мир-', 'програ-', 'ммиров-', 'ание']);
    // A mark joined by a no-break space stays with the first word.
    expect(wrapText('▶\u00a0Internationalization and', 12)[0]).toBe('▶\u00a0Internati-');
    for (const width of [3, 4, 5, 7, 9]) {
      for (const line of wrapText('型ヒントtypehints入門', width)) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
    expect(padEnd('真夜中', 8)).toBe('真夜中  ');
    expect(truncate('真夜中の映画', 7)).toBe('真夜中…');
  });

  it('leaves no character of Chinese or Japanese alone at the end of a broken word, where the one before may go down with it', () => {
    expect(wrapText('データ分析とMachineLearning入門', 18)).toEqual(['データ分析と', 'MachineLearning', '入門']);
    expect(wrapText('データ分析とMachineLearning入門 1020', 18)).toEqual(['データ分析と', 'MachineLearning入', '門 1020']);
    expect(wrapText('機械学習入門 データ分析', 10)).toEqual(['機械学習', '入門', 'データ分析']);
    // Not after an opening mark, which no line ends with, nor after a letter of an alphabet.
    expect(wrapText('概要（入門', 8)).toEqual(['概要（入', '門']);
    expect(wrapText('MachineLearning門', 15)).toEqual(['MachineLearning', '門']);
    // Nor where the line above would be left with one character, or the two would not fit a line.
    expect(wrapText('あいうえお', 5)).toEqual(['あい', 'うえ', 'お']);
    expect(wrapText('e\u0301\u0301入門', 3)).toEqual(['e\u0301\u0301入', '門']);
    expect(wrapText('ab入門', 4)).toEqual(['ab', '入門']);
    // Only a wide character left alone by a break inside a word: not a word of its own, nor letters of an alphabet.
    expect(wrapText('データ分析 門', 10)).toEqual(['データ分析', '門']);
    expect(wrapText('データ分析とab', 12)).toEqual(['データ分析と', 'ab']);
    expect(wrapText('データ分析とa', 12)).toEqual(['データ分析と', 'a']);
  });

  it('breaks Japanese as it is typeset: no line starts with a closing mark or ends with an opening one', () => {
    expect(wrapText('テスト駆動開発：pytestの活用', 14)).toEqual(['テスト駆動開', '発：pytestの', '活用']);
    expect(wrapText('「自然言語処理」入門、そして応用。', 10)).toEqual(['「自然言語', '処理」入', '門、そして', '応用。']);
    expect(wrapText('日本語（にほんご）の処理', 8)).toEqual(['日本語', '（にほん', 'ご）の', '処理']);
    // Moved back between two letters, the break takes a hyphen, with three letters after it, its closing mark aside.
    expect(wrapText('(pyproject.toml) 101', 15)).toEqual(['(pyproject.t-', 'oml) 101']);
    // The hyphen, too, fits the line.
    expect(wrapText('(pyproject.toml)', 10)).toEqual(['(pyprojec-', 't.toml)']);
    expect(wrapText('Scientific Computing: Reproducibility, Debugging', 8)).toEqual([
      'Scienti-',
      'fic',
      'Comput-',
      'ing:',
      'Reprodu-',
      'cibil-',
      'ity,',
      'Debugg-',
      'ing',
    ]);
    // A line of nothing but closing marks breaks where it is full.
    expect(wrapText('。。。。。。', 4)).toEqual(['。。', '。。', '。。']);
    const text = '「型ヒント」、（パイソン）の『型』。【入門】〈基礎〉《応用》：実践！？';
    // From four characters a line, there is always room to carry a character down with its marks (`『型』。`).
    for (let width = 8; width <= 16; width++) {
      const lines = wrapText(text, width);
      expect(lines.join('')).toBe(text);
      for (const line of lines) {
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
        expect('）」』】〉》、。：！？)'.includes(line[0] as string), `${width}: ${lines.join(' | ')}`).toBe(false);
        expect('（「『【〈《('.includes(line[line.length - 1] as string), `${width}: ${lines.join(' | ')}`).toBe(false);
      }
    }
  });

  it('never parts a combining mark from its letter, nor the consonants of an Indic conjunct', () => {
    expect(wrapText('हिन्दीभाषाकार्यक्रम', 6)).toEqual(['हिन्दी', 'भाषाका', 'र्यक्रम']);
    for (const text of ['हिन्दीभाषाकार्यक्रम', 'প্রোগ্রামিংভাষা', 'தமிழ்நிரலாக்கம்']) {
      for (let width = 3; width <= 9; width++) {
        const lines = wrapText(text, width);
        // A break between two letters, as in any alphabet, takes a hyphen.
        expect(lines.map((line) => line.replace(/-$/, '')).join(''), `${text} at ${width}`).toBe(text);
        for (const line of lines) {
          expect(/^\p{M}/u.test(line), `${width}: ${lines.join(' | ')}`).toBe(false);
          // Tamil's pulli ends a syllable, and a line may end with it.
          expect(/[\u094d\u09cd]$/.test(line), `${width}: ${lines.join(' | ')}`).toBe(false);
        }
      }
    }
  });

  it('breaks Thai without a hyphen, and never between a vowel and its consonant', () => {
    const thai = 'ภาษาไทยสำหรับการเขียนโปรแกรม';
    expect(wrapText(thai, 8)).toEqual(['ภาษาไทย', 'สำหรับการ', 'เขียนโปร', 'แกรม']);
    for (let width = 3; width <= 12; width++) {
      const lines = wrapText(thai, width);
      expect(lines.join(''), `at ${width}`).toBe(thai);
      for (const line of lines) {
        expect(displayWidth(line)).toBeLessThanOrEqual(width);
        // Marks above and below, and the vowels written after their consonant (ะ า ำ), never start a line.
        expect(/^[\p{M}\u0e30\u0e32\u0e33]/u.test(line), `${width}: ${lines.join(' | ')}`).toBe(false);
        // The vowels written before their consonant (เ แ โ ใ ไ) never end one.
        expect(/[\u0e40-\u0e44]$/.test(line), `${width}: ${lines.join(' | ')}`).toBe(false);
      }
    }
  });

  it('breaks words of any alphabet with a hyphen, never one under four columns, and keeps three letters before it', () => {
    expect(wrapText('Désinstallation', 8)).toEqual(['Désinst-', 'allation']);
    expect(wrapText('éléphantesque', 4)).toEqual(['élé-', 'pha-', 'nte-', 'sque']);
    expect(wrapText('Café-Crème Brûlée', 6)).toEqual(['Café-', 'Crème', 'Brûlée']);
    expect(wrapText('Café  au  lait', 20)).toEqual(['Café au lait']);
    // Under four columns a hyphen would take too much of the line.
    expect(wrapText('abcdef', 3)).toEqual(['abc', 'def']);
    // Three letters stay before the hyphen even when fewer than three then follow it.
    expect(wrapText('abcde', 4)).toEqual(['abc-', 'de']);
  });

  it('joins parts on one line while they fit exactly', () => {
    expect(joinParts(['ab', 'cd'], 7)).toEqual(['ab · cd']);
    expect(joinParts(['ab', 'cd'], 6)).toEqual(['ab ·', 'cd']);
  });

  it('gives text that fits the lines the whole wrapping would give it', () => {
    // A second paragraph takes the text off the short way; its own line comes last.
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab -é日'), maxLength: 24 }), fc.integer({ min: 0, max: 30 }), (text, width) => {
        expect(wrapText(text, width)).toEqual(wrapText(`${text}\nx`, width).slice(0, -1));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts one-column text where the whole wrapping would, at spaces and after hyphens between letters', () => {
    expect(wrapText('Kernel and Compilers and Testing in practice 1001', 15)).toEqual([
      'Kernel and',
      'Compilers and',
      'Testing in',
      'practice 1001',
    ]);
    expect(wrapText('Real-world Auto-Formatting', 12)).toEqual(['Real-world', 'Auto-', 'Formatting']);
    expect(wrapText('x-ray 3-D', 5)).toEqual(['x-ray', '3-D']);
    // A second paragraph turns the quick cut off; its own line comes last.
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abzAZ -1é\u00a0·–…★▶“”'), maxLength: 40 }),
        fc.integer({ min: 0, max: 30 }),
        (text, width) => {
          expect(wrapText(text, width)).toEqual(wrapText(`${text}\nx`, width).slice(0, -1));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('cuts a word after each hyphen between two letters of any script, as Unicode’s letter class says', () => {
    expect(hyphenParts('Auto-Formatting')).toEqual(['Auto-', 'Formatting']);
    expect(hyphenParts('型ヒント入門-1220')).toEqual(['型ヒント入門-1220']);
    expect(hyphenParts('日本-語')).toEqual(['日本-', '語']);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ1-é日\u00a0·'), maxLength: 12 }), (word) => {
        expect(hyphenParts(word)).toEqual(word.split(/(?<=\p{L}-)(?=\p{L})/u));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts to the longest start that fits with its …, in any script', () => {
    expect(truncate('Statistical Profiling', 10)).toBe('Statistic…');
    expect(truncate('Statistical', 11)).toBe('Statistical');
    expect(truncate('真夜中の映画', 6)).toBe('真夜…');
    expect(truncate('Café crème brûlée', 8)).toBe('Café cr…');
    expect(truncate('Cafe\u0301 cre\u0300me', 6)).toBe('Cafe\u0301…');
    expect(truncate('型ヒントtypehints入門', 9)).toBe('型ヒント…');
    expect(truncate('👩‍💻 coding', 4)).toBe('👩‍💻…');
    for (const width of [1, 2, 3, 5, 8, 13]) {
      expect(displayWidth(truncate('日本語とEnglishの混在したタイトル', width))).toBeLessThanOrEqual(Math.max(1, width));
    }
  });
});

describe('a message wrapped for a terminal', () => {
  it('moves a command it quotes whole to the next line, hyphens and all, and leaves the list under it as it is', () => {
    const message =
      "Nothing runs at Sun 12:00; next, at 13:10, 3 talks start: \"pycon talks --at 'sun 13:10' --room 'Grand Ballroom *'\" lists them.\n  Grand Ballroom A";
    expect(wrapMessage(message, 60).split('\n')).toEqual([
      'Nothing runs at Sun 12:00; next, at 13:10, 3 talks start:',
      "\"pycon talks --at 'sun 13:10' --room 'Grand Ballroom *'\"",
      'lists them.',
      '  Grand Ballroom A',
    ]);
    // Its no-break spaces are the wrapping's alone: the terminal, and a user who copies the line, get plain ones.
    expect(wrapMessage('Dry run: nothing saved; run without --dry-run to add it to "pycon plan --dry-run".', 40)).toBe(
      'Dry run: nothing saved; run without\n--dry-run to add it to\n"pycon plan --dry-run".',
    );
  });
});

describe('a word of letters among Chinese or Japanese', () => {
  it('goes whole to the next line where it fits one, as a word after a space would', () => {
    expect(wrapText('Rustで書くPython拡張', 14)).toEqual(['Rustで書く', 'Python拡張']);
    expect(wrapText('中文演讲：Python 在金融中的应用', 15)).toEqual(['中文演讲：', 'Python', '在金融中的应用']);
    // As wide as a line, on the first line or a later one.
    expect(wrapText('型Python', 6)).toEqual(['型', 'Python']);
    expect(wrapText('型ヒント入門とPython', 8)).toEqual(['型ヒント', '入門と', 'Python']);
  });

  it('is hyphenated where it is longer than a line, as a word alone would be', () => {
    expect(wrapText('日Supercalifragilistic', 10)).toEqual(['日Superca-', 'lifragili-', 'stic']);
    expect(wrapText('型Pythons', 6)).toEqual(['型Pyt-', 'hons']);
  });

  it('keeps three letters on either side of its hyphen, the Japanese after it aside, or goes down whole to be hyphenated', () => {
    expect(wrapText('データ分析とMachineLearning入門', 14)).toEqual(['データ分析と', 'MachineLearn-', 'ing入門']);
    expect(wrapText('データ分析とMachineLearning：入門', 14)).toEqual(['データ分析と', 'MachineLearn-', 'ing：入門']);
    expect(wrapText('メインホールでPythonistaたちの集い', 9)).toEqual(['メインホ', 'ールで', 'Pythoni-', 'staたちの', '集い']);
  });
});
