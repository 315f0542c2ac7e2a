import { describe, expect, it } from 'vitest';
import { givenTwice, repeatsAttended, repeatsOneOf, slotsOfOnePickedTwice } from '../../src/schedule/repeats.js';
import type { Talk } from '../../src/schedule/types.js';

function slot(id: string, title: string, speakers: string[], start: string, minutes: number): Talk {
  const begin = new Date(`2024-12-${start}:00+01:00`);
  return {
    id,
    uid: id,
    title,
    speakers,
    day: begin.getUTCDate() === 27 ? 'Friday' : 'Saturday',
    date: `2024-12-${start.slice(0, 2)}`,
    start: begin.toISOString(),
    end: new Date(begin.getTime() + minutes * 60_000).toISOString(),
    room: 'Saal G',
    description: '',
  };
}

// Rust for Hardware, given on Friday and again on Saturday, and talks that share only some of what makes a repeat.
const friday = slot('rust-for-hardware', 'Rust for Hardware', ['Chris Maker'], '27T16:00', 30);
const saturday = slot('rust-for-hardware-2', 'Rust for Hardware', ['Chris Maker'], '28T11:00', 30);
const otherSpeaker = slot('rust-for-hardware-3', 'Rust for Hardware', ['Dana Sample'], '28T15:00', 30);
const longer = slot('rust-for-hardware-4', 'Rust for Hardware', ['Chris Maker'], '28T17:00', 45);
const lightning = slot('lightning-talks', 'Lightning talks', [], '27T18:00', 60);
const lightningAgain = slot('lightning-talks-2', 'Lightning talks', [], '28T18:00', 60);
const twoSpeakers = slot('pairing', 'Pairing', ['Ann', 'Bo'], '27T10:00', 30);
const oneNamedSo = slot('pairing-2', 'Pairing', ['AnnBo'], '28T10:00', 30);
const opening = slot('opening', 'Opening', ['Ada Example'], '27T10:00', 30);

describe('a talk given twice', () => {
  it('is two slots with the same title, the same speakers and the same length', () => {
    expect(givenTwice(friday, saturday)).toBe(true);
    expect(givenTwice(saturday, friday)).toBe(true);
    expect(givenTwice(friday, friday)).toBe(false);
    expect(givenTwice(friday, otherSpeaker)).toBe(false);
    expect(givenTwice(friday, longer)).toBe(false);
    // Sessions with no one named differ from slot to slot, and two speakers are not one speaker of both names.
    expect(givenTwice(lightning, lightningAgain)).toBe(false);
    expect(givenTwice(twoSpeakers, oneNamedSo)).toBe(false);
  });

  it('has all its slots listed in time order when a plan picks it twice', () => {
    expect(slotsOfOnePickedTwice([saturday, opening, friday], [saturday, otherSpeaker, opening, friday])).toEqual([friday, saturday]);
    expect(slotsOfOnePickedTwice([friday, otherSpeaker, opening], [friday, saturday, otherSpeaker])).toBeUndefined();
  });

  it('is left out of a plan in its other slots, for each slot attended', () => {
    const found = repeatsAttended([friday, opening], [saturday, otherSpeaker, longer, lightningAgain]);
    expect([[...found.of], [...found.left]]).toEqual([[[friday, [saturday]]], [saturday]]);
    // Both slots attended, or only a slot of another speaker's talk: none is another's repeat.
    expect(repeatsAttended([friday, saturday], []).of.size).toBe(0);
    expect(repeatsAttended([otherSpeaker], [friday, saturday]).of.size).toBe(0);
  });

  it('is known as another slot of a talk kept, but a kept talk is not a slot of itself', () => {
    const ofKept = repeatsOneOf([friday, lightning]);
    expect([saturday, friday, otherSpeaker, longer, lightningAgain, opening].map(ofKept)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
