// Draws the add-in icons (a blue tile with three white score bars) with a tiny PNG encoder: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { encodePng } from '../../scripts/png-encode.mjs';

function icon(size) {
  const px = (x, y) => {
    const u = (x + 0.5) / size,
      v = (y + 0.5) / size;
    const r = 0.18,
      dx = Math.max(r - u, u - (1 - r), 0),
      dy = Math.max(r - v, v - (1 - r), 0);
    if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0]; // rounded corners
    const bars = [
      [0.2, 0.34, 0.55],
      [0.42, 0.56, 0.35],
      [0.64, 0.78, 0.2],
    ]; // x0, x1, top
    if (bars.some(([a, b, top]) => u >= a && u < b && v >= top && v < 0.8)) return [255, 255, 255, 255];
    return [15, 108, 189, 255]; // Fluent brand blue #0F6CBD
  };
  return encodePng(size, px);
}

for (const s of [16, 32, 64, 80]) writeFileSync(new URL(`../public/assets/icon-${s}.png`, import.meta.url), icon(s));
