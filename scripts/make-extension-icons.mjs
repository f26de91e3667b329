/*
 * Draws the extension's toolbar and store icons (a blue rounded tile with a white check mark):
 * node scripts/make-extension-icons.mjs. The Chrome Web Store's icon rule: a 128 × 128 canvas whose artwork
 * is 96 × 96, centred, with 16 px of transparent padding on every side
 * (https://developer.chrome.com/docs/webstore/images#icons); smaller sizes keep the same proportion
 * down to 16 px, where every pixel counts and the tile fills the canvas. Edges are anti-aliased
 * by 4 × 4 supersampling.
 */
import { writeFileSync } from 'node:fs';
import { encodePng } from './png-encode.mjs';

/** Artwork size per canvas size. */
export const ARTWORK = { 16: 16, 32: 28, 48: 40, 128: 96 };
const BLUE = [22, 119, 255];
const SS = 4;

// Check mark as a thick polyline with round caps, in artwork units (0–1).
const CHECK = [
  [0.27, 0.53],
  [0.44, 0.69],
  [0.74, 0.36],
];
const STROKE = 0.065; // half width

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** 0 transparent, 1 tile, 2 check mark, for a point of the artwork (u, v in 0–1). */
function sample(u, v) {
  const r = 0.2;
  const dx = Math.max(r - u, u - (1 - r), 0);
  const dy = Math.max(r - v, v - (1 - r), 0);
  if (u < 0 || v < 0 || u > 1 || v > 1 || dx * dx + dy * dy > r * r) return 0;
  const d = Math.min(distToSegment(u, v, CHECK[0], CHECK[1]), distToSegment(u, v, CHECK[1], CHECK[2]));
  return d <= STROKE ? 2 : 1;
}

function icon(size) {
  const art = ARTWORK[size];
  const pad = (size - art) / 2;
  return encodePng(size, (x, y) => {
    let tile = 0;
    let check = 0;
    for (let i = 0; i < SS; i++)
      for (let j = 0; j < SS; j++) {
        const s = sample((x - pad + (i + 0.5) / SS) / art, (y - pad + (j + 0.5) / SS) / art);
        if (s === 1) tile++;
        if (s === 2) check++;
      }
    const covered = tile + check;
    if (!covered) return [0, 0, 0, 0];
    // Colour: blend of blue and white by the check's share; alpha: coverage.
    const w = check / covered;
    return [...BLUE.map((c) => Math.round(c + (255 - c) * w)), Math.round((255 * covered) / (SS * SS))];
  });
}

for (const size of Object.keys(ARTWORK).map(Number))
  writeFileSync(new URL(`../extension/public/icon/${size}.png`, import.meta.url), icon(size));
