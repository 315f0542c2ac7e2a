/**
 * Makes a talk list N times larger in the published source format: each talk
 * appears N times, copy k in rooms and titles suffixed "k", so that no two
 * talks collide in a room.
 */
export function multiplySource(source: string, times: number): string {
  const lines = source.split('\n');
  const slot = /^(\S+ .+ in )(.+)$/;
  const firstSlot = lines.findIndex((line) => /^(Friday|Saturday|Sunday) /.test(line));
  const bodyStart = lines[firstSlot - 1] === '' ? firstSlot - 2 : firstSlot - 3;
  const header = lines.slice(0, bodyStart);
  const body = lines.slice(bodyStart);
  const copies: string[] = [];
  for (let k = 1; k <= times; k++) {
    const titleAt = new Set<number>();
    body.forEach((line, i) => {
      if (slot.test(line) && /^(Friday|Saturday|Sunday) /.test(line)) titleAt.add(body[i - 1] === '' ? i - 2 : i - 3);
    });
    const copy = body.map((line, i) => {
      if (k === 1) return line;
      if (titleAt.has(i)) return `${line} ${k}`;
      const match = slot.exec(line);
      return match && /^(Friday|Saturday|Sunday) /.test(line) ? `${match[1]}${match[2]} ${k}` : line;
    });
    copies.push(copy.join('\n'));
  }
  return [...header, copies.join('\n\n')].join('\n');
}

const WORDS = [
  'Rust',
  'Kernel',
  'Python',
  'Networking',
  'Embedded',
  'Containers',
  'Graphics',
  'Compilers',
  'Databases',
  'Security',
  'Observability',
  'Firmware',
  'Packaging',
  'Testing',
  'Accessibility',
  'Translation',
  'Mobile',
  'Decentralised',
  'Storage',
  'Audio',
];
const JAPANESE = ['型ヒント入門', '非同期処理の現在', 'テストの書き方', '組込み開発'];

/**
 * A frab schedule.xml the size of FOSDEM's: `rooms` rooms over `days` days,
 * each room running talks back to back from 09:00 to 19:00 (25 and 50
 * minutes, by room), every tenth title in Japanese, a track per room, and an
 * abstract of a few hundred characters. Deterministic: the same arguments
 * give the same bytes.
 */
export function bigFrabSchedule(rooms = 45, days = 2): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<schedule>',
    '  <version>bench 1</version>',
    '  <conference><acronym>BIGCONF</acronym><title>Big Conference 2025</title><time_zone_name>Europe/Brussels</time_zone_name></conference>',
  ];
  let id = 1000;
  for (let day = 0; day < days; day++) {
    const date = `2025-02-0${day + 1}`;
    out.push(`  <day index="${day + 1}" date="${date}" start="${date}T09:00:00+01:00" end="${date}T19:00:00+01:00">`);
    for (let room = 0; room < rooms; room++) {
      const name = `${String.fromCharCode(65 + (room % 8))}.${Math.floor(room / 8) + 1}.${100 + room}`;
      out.push(`    <room name="${name}">`);
      const length = room % 3 === 0 ? 50 : 25;
      for (let minute = 9 * 60; minute + length <= 19 * 60; minute += length + 5) {
        id++;
        const clock = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
        const words = [WORDS[id % 20], WORDS[(id * 7) % 20], WORDS[(id * 13) % 20]];
        const title = id % 10 === 0 ? `${JAPANESE[id % 4]} ${id}` : `${words.join(' and ')} in practice ${id}`;
        const abstract = `A talk about ${words.join(', ')} &amp; more. `.repeat(8);
        out.push(
          `      <event guid="bench-${id}" id="${id}">`,
          `        <date>${date}T${clock}:00+01:00</date><start>${clock}</start><duration>00:${length}</duration><room>${name}</room>`,
          `        <title>${title}</title><subtitle/><track>Track ${room % 12}</track><type>devroom</type><language>en</language>`,
          `        <abstract>&lt;p&gt;${abstract}&lt;/p&gt;</abstract><description/>`,
          `        <persons><person id="${id}">Speaker ${id % 700}</person></persons>`,
          '      </event>',
        );
      }
      out.push('    </room>');
    }
    out.push('  </day>');
  }
  out.push('</schedule>', '');
  return out.join('\n');
}
