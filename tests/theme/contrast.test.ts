import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROW_SHADES } from '../../src/charts/affineTraces';
import { COLORS } from '../../src/charts/chartStyle';
import {
  DARK_PALETTE,
  LIGHT_PALETTE,
  divergingColor,
  type Rgb,
} from '../../src/components/MatrixView/colorScale';

/**
 * Reads the page's colour variables straight from the CSS, for each theme: the light values in `:root`, the
 * dark ones in `:root[data-theme='dark']` over them. Text colours must keep WCAG's 4.5:1 on their backgrounds.
 */
const css = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function block(source: string, selector: string): Record<string, string> {
  const start = source.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`no "${selector} {" block`);
  const body = source.slice(start + selector.length + 2, source.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

function themes(path: string) {
  const source = css(path);
  const light = block(source, ':root');
  const dark = { ...light, ...block(source, ":root[data-theme='dark']") };
  return { light, dark, darkOnly: block(source, ":root[data-theme='dark']") };
}

function rgbOf(value: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) as unknown as Rgb;
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`not a colour this test reads: ${value}`);
}

const isColour = (value: string) => /^(#[0-9a-f]{6}|rgb\()/i.test(value);

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const PAGE_TEXT: readonly (readonly [string, readonly string[]])[] = [
  ['--ink', ['--bg', '--surface', '--code-bg', '--warn-bg']],
  ['--ink-soft', ['--bg', '--surface', '--code-bg', '--warn-bg']],
  ['--accent', ['--bg', '--surface']],
  ['--on-accent', ['--accent']],
  ['--seed', ['--bg', '--surface']],
  ['--ours', ['--bg', '--surface']],
  ...['keyword', 'builtin', 'constant', 'string', 'comment', 'number', 'magic', 'name'].map(
    (k) => [`--py-${k}`, ['--code-bg']] as const,
  ),
];

const MATRIX_TEXT: readonly (readonly [string, readonly string[]])[] = [
  [
    '--mx-fg',
    [
      '--mx-surface',
      '--mx-input-bg',
      '--mx-btn-bg',
      '--mx-btn-hover',
      '--mx-accent-bg',
      '--mx-code-bg',
      '--mx-error-bg',
      '--mx-nan-a',
      '--mx-nan-b',
      '--mx-posinf',
      '--mx-neginf',
    ],
  ],
  ['--mx-muted', ['--mx-surface', '--mx-badge-bg', '--mx-btn-bg']],
  ['--mx-error', ['--mx-surface', '--mx-error-bg']],
  ['--mx-true-fg', ['--mx-true-bg']],
  ['--mx-false-fg', ['--mx-false-bg']],
];

describe.each([
  ['src/styles/base.css', PAGE_TEXT],
  ['src/components/matrix.css', MATRIX_TEXT],
])('%s', (path, pairs) => {
  const theme = themes(path);

  it('gives every colour a dark value', () => {
    const colours = Object.keys(theme.light).filter((k) => isColour(theme.light[k]));
    expect(colours.filter((k) => !(k in theme.darkOnly))).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('keeps text at 4.5:1 or more in the %s theme', (name) => {
    const vars = theme[name];
    const failures = pairs.flatMap(([fg, bgs]) =>
      bgs
        .map((bg) => ({ pair: `${fg} on ${bg}`, ratio: contrast(rgbOf(vars[fg]), rgbOf(vars[bg])) }))
        .filter(({ ratio }) => ratio < 4.5),
    );
    expect(failures).toEqual([]);
  });
});

describe('the matrix colour scale', () => {
  it("keeps each theme's matrix text at 4.5:1 on every tint of its palette", () => {
    const { light, dark } = themes('src/components/matrix.css');
    for (let t = -1; t <= 1; t += 0.125) {
      expect(
        contrast(rgbOf(divergingColor(t, LIGHT_PALETTE)), rgbOf(light['--mx-fg'])),
      ).toBeGreaterThanOrEqual(4.5);
      expect(contrast(rgbOf(divergingColor(t, DARK_PALETTE)), rgbOf(dark['--mx-fg']))).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('is picked by <html data-theme>, not only by the system setting', () => {
    const source = css('src/components/matrix.css');
    expect(source).toMatch(
      /:root\[data-theme='dark'\] \.mx-grid--view td\.mx-tone \{\s*background: var\(--mx-bg-dark\);/,
    );
    expect(source).not.toMatch(/prefers-color-scheme/);
  });
});

describe('the chart colours', () => {
  const { light, dark } = themes('src/styles/base.css');

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('keep 3:1 or more for graphics on the page and cell backgrounds of the %s theme', (_, vars) => {
    const colours = [...Object.entries(COLORS), ...ROW_SHADES.map((c, i) => [`dout row ${i}`, c] as const)];
    const failures = colours.flatMap(([name, colour]) =>
      ['--bg', '--surface']
        .map((bg) => ({
          pair: `${name} ${colour} on ${bg}`,
          ratio: contrast(rgbOf(colour), rgbOf(vars[bg])),
        }))
        .filter(({ ratio }) => ratio < 3),
    );
    expect(failures).toEqual([]);
  });
});
