import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a built position came from: the original file (relative to the repo) and line. */
export interface OriginalPosition {
  readonly source: string;
  readonly line: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The signed integers of one base64 VLQ segment (the source map v3 encoding). */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`decodeVlq: '${char}' is not a base64 digit in '${segment}'`);
    value += (digit & 31) * 2 ** shift;
    shift += 5;
    if ((digit & 32) === 0) {
      values.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

interface Segment {
  readonly column: number;
  readonly source: number;
  readonly line: number;
}

/** A source map's segments per generated line (0-based), each sorted by generated column. */
function parseMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  // Everything but the generated column is relative to the previous segment of the whole map.
  let source = 0;
  let line = 0;
  for (const text of mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const raw of text.split(',')) {
      if (!raw) continue;
      const v = decodeVlq(raw);
      column += v[0];
      if (v.length < 4) continue;
      source += v[1];
      line += v[2];
      segments.push({ column, source, line });
    }
    lines.push(segments);
  }
  return lines;
}

/** Looks built positions up in their sources; each gives null for unknown chunks or positions. */
export interface SourceResolver {
  /** A 0-based line and column of the chunk at `url` (as a CPU profile gives them). */
  at(url: string, line: number, column: number): OriginalPosition | null;
  /** A character offset into the chunk at `url` (as a long animation frame's script gives it). */
  atChar(url: string, charPosition: number): OriginalPosition | null;
}

/**
 * Maps positions in the built chunks of `outDir` (served at `baseUrl`) back to their sources, through
 * the `.map` files Vite writes beside them.
 */
export function createSourceResolver(outDir: string, baseUrl: string): SourceResolver {
  const cache = new Map<string, { code: string; sources: string[]; lines: Segment[][] } | null>();
  const load = (url: string) => {
    if (!cache.has(url)) {
      const file = join(outDir, url.slice(baseUrl.length).split(/[?#]/)[0]);
      const found = url.startsWith(baseUrl) && existsSync(file) && existsSync(`${file}.map`);
      const map = found ? JSON.parse(readFileSync(`${file}.map`, 'utf8')) : null;
      cache.set(
        url,
        map && { code: readFileSync(file, 'utf8'), sources: map.sources, lines: parseMappings(map.mappings) },
      );
    }
    return cache.get(url)!;
  };
  const at = (url: string, line: number, column: number): OriginalPosition | null => {
    const chunk = load(url);
    let found: Segment | undefined;
    for (const s of chunk?.lines[line] ?? []) if (s.column <= column) found = s;
    if (!chunk || !found) return null;
    return { source: chunk.sources[found.source].replace(/^(\.\.\/)+/, ''), line: found.line + 1 };
  };
  return {
    at,
    atChar(url, charPosition) {
      const code = load(url)?.code;
      if (code === undefined || charPosition < 0) return null;
      const before = code.slice(0, charPosition);
      const line = before.split('\n').length - 1;
      return at(url, line, charPosition - (before.lastIndexOf('\n') + 1));
    },
  };
}
