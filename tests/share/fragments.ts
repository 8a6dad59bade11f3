import { toBase64url } from '../../src/share/base64url';
import { deflate } from '../../src/share/compression';

/** Test helper: a fragment carrying arbitrary text, compressed as real links are, so it reaches the parser. */
export function fragmentOf(text: string, version: number | string = 1): string {
  return `v=${version}&s=${toBase64url(deflate(new TextEncoder().encode(text)))}`;
}

/** Test helper: a valid v1 payload for the ReLU cell, as JSON-ready data to tamper with. */
export function reluPayload(): { cell: string; inputs: Record<string, unknown> } {
  return {
    cell: 'relu',
    inputs: {
      relu: {
        matrices: { x: { shape: [2, 2], dtype: 'float64', data: [1, -0.5, -2, 3] } },
        dout: 'seed',
        seed: 0,
      },
    },
  };
}
