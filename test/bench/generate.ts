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
