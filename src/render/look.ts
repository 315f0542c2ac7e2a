/** How a renderer is to draw for people: times in which zone, what style, how wide. */
import type { Style } from './style.js';
import type { TimeView } from './times.js';

export interface Look {
  view: TimeView;
  style: Style;
  width: number;
}
