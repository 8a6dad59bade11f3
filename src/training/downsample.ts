/**
 * A drawing turned into an MNIST-like input, the way the MNIST digits were made: the ink's bounding box
 * is scaled (aspect ratio kept, area-averaged, so edges turn grey) to fit a 20×20 box, then placed in the
 * 28×28 field so that its centre of mass sits at the field's centre.
 */

/** Side of the MNIST field. */
export const FIELD = 28;
/** Side of the box the digit is scaled to fit. */
export const BOX = 20;

/** Ink below this (0..1) does not count towards the bounding box (antialiasing haze). */
const INK_THRESHOLD = 0.05;

/**
 * `ink` is width×height values in [0, 1] (row-major, 1 = full ink). Returns FIELD×FIELD values in
 * [0, 1]; all zeros when nothing was drawn.
 */
export function toMnistInput(ink: ArrayLike<number>, width: number, height: number): Float32Array {
  if (ink.length !== width * height) {
    throw new RangeError(`toMnistInput: ${ink.length} values do not fill a ${width}×${height} drawing`);
  }
  const out = new Float32Array(FIELD * FIELD);
  const box = inkBox(ink, width, height);
  if (!box) return out;
  const scale = BOX / Math.max(box.w, box.h);
  const tw = Math.max(1, Math.round(box.w * scale));
  const th = Math.max(1, Math.round(box.h * scale));
  const crop = new Float32Array(box.w * box.h);
  for (let y = 0; y < box.h; y++) {
    for (let x = 0; x < box.w; x++) crop[y * box.w + x] = clamp01(ink[(box.y + y) * width + box.x + x]);
  }
  const small = resample(crop, box.w, box.h, tw, th);
  const { cx, cy } = centreOfMass(small, tw, th);
  const ox = clampInt(Math.round(FIELD / 2 - cx), 0, FIELD - tw);
  const oy = clampInt(Math.round(FIELD / 2 - cy), 0, FIELD - th);
  for (let y = 0; y < th; y++) {
    for (let x = 0; x < tw; x++) out[(oy + y) * FIELD + ox + x] = clamp01(small[y * tw + x]);
  }
  return out;
}

/** The smallest box holding every pixel with ink above the threshold, or null for an empty drawing. */
export function inkBox(ink: ArrayLike<number>, width: number, height: number) {
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[y * width + x] <= INK_THRESHOLD) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return x1 < 0 ? null : { x: x0, y: y0, w: x1 - x0 + 1, h: y1 - y0 + 1 };
}

/** The centre of mass in pixel coordinates, pixel i spanning [i, i + 1) (so a lone pixel's is i + 0.5). */
export function centreOfMass(
  img: ArrayLike<number>,
  width: number,
  height: number,
): { cx: number; cy: number } {
  let total = 0;
  let sx = 0;
  let sy = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = img[y * width + x];
      total += v;
      sx += v * (x + 0.5);
      sy += v * (y + 0.5);
    }
  }
  return total === 0 ? { cx: width / 2, cy: height / 2 } : { cx: sx / total, cy: sy / total };
}

/** Area-averaging resize of a w×h image to tw×th: each output pixel is the mean of the area it covers. */
export function resample(img: Float32Array, w: number, h: number, tw: number, th: number): Float32Array {
  const rows = new Float32Array(tw * h);
  for (let y = 0; y < h; y++) resampleLine(img, y * w, 1, w, rows, y * tw, 1, tw);
  const out = new Float32Array(tw * th);
  for (let x = 0; x < tw; x++) resampleLine(rows, x, tw, h, out, x, tw, th);
  return out;
}

/** One line of `n` samples (stride `s`) averaged into `m` samples (stride `ds`). */
function resampleLine(
  src: Float32Array,
  start: number,
  s: number,
  n: number,
  dst: Float32Array,
  dstart: number,
  ds: number,
  m: number,
): void {
  const ratio = n / m;
  for (let j = 0; j < m; j++) {
    const a = j * ratio;
    const b = a + ratio;
    let sum = 0;
    for (let i = Math.floor(a); i < Math.min(n, Math.ceil(b)); i++) {
      const cover = Math.min(b, i + 1) - Math.max(a, i);
      sum += cover * src[start + i * s];
    }
    dst[dstart + j * ds] = sum / ratio;
  }
}

const clamp01 = (v: number) => (v < 0 ? 0 : v > 1 ? 1 : v);
const clampInt = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
