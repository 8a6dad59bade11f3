import { I32, V128, name, op, section, uleb } from './wasmEncoding';

/**
 * The blocked part of gemm.ts's product in WebAssembly SIMD. Each f64x2 lane pair holds two adjacent
 * columns, so a step of a 4-row block is 4 scalar loads of A, one vector load of B per column pair and
 * one vector multiply and add per row and pair. Every output is still one running sum over kk in
 * ascending order from +0, with a separate multiply and add (no fused multiply-add), so the results
 * are bit-identical to the JavaScript loops. B must be row-major with contiguous columns (bCol = 1).
 * Where WebAssembly SIMD is unavailable, nothing runs here and gemm.ts stays in JavaScript.
 */

// Parameters (all i32; addresses and strides in bytes).
const [OUT, A, A_ROW, A_COL, B, B_ROW, M4, K, N_END, OUT_ROW, SKIP] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const PARAMS = 11;
// Locals: 8 i32, then 11 v128 (8 sums, 2 rows of B, the splatted A value), then 4 f64 (A values).
const [I, J, KK, PA, PB, A_ROW2, A_ROW3, PO] = [11, 12, 13, 14, 15, 16, 17, 18];
const SUM = 19;
const Y = [27, 28];
const XS = 29;
const X = 30;

/** Column pairs per block: 2 (four columns, eight sums) or 1 (a two-column tail, four sums). */
type Pairs = 1 | 2;

/** The kk loop; with `skip`, a step whose four A values are all 0 is passed over (exact for finite B). */
function kLoop(skip: boolean, pairs: Pairs): number[] {
  const b: number[] = [...op.loop, ...op.block];
  const rowOffset = [null, A_ROW, A_ROW2, A_ROW3];
  for (let r = 0; r < 4; r++) {
    const offset = rowOffset[r];
    b.push(...op.get(PA), ...(offset === null ? [] : [...op.get(offset), ...op.i32Add]));
    b.push(...op.f64Load, ...op.set(X + r));
  }
  if (skip) {
    for (let r = 0; r < 4; r++)
      b.push(...op.get(X + r), ...op.f64Zero, ...op.f64Eq, ...(r > 0 ? op.i32And : []));
    b.push(...op.brIf(0)); // to the block's end: on to the next kk
  }
  for (let c = 0; c < pairs; c++) b.push(...op.get(PB), ...op.v128Load(16 * c), ...op.set(Y[c]));
  for (let r = 0; r < 4; r++) {
    b.push(...op.get(X + r), ...op.f64x2Splat, ...op.set(XS));
    for (let c = 0; c < pairs; c++) {
      const sum = SUM + pairs * r + c;
      b.push(...op.get(sum), ...op.get(XS), ...op.get(Y[c]), ...op.f64x2Mul, ...op.f64x2Add, ...op.set(sum));
    }
  }
  b.push(...op.end);
  b.push(...op.get(PA), ...op.get(A_COL), ...op.i32Add, ...op.set(PA));
  b.push(...op.get(PB), ...op.get(B_ROW), ...op.i32Add, ...op.set(PB));
  b.push(...op.get(KK), ...op.i32(1), ...op.i32Sub, ...op.tee(KK), ...op.brIf(0), ...op.end);
  return b;
}

/**
 * kernel(out, a, aRow, aCol, b, bRow, m4, k, nEnd, outRow, skip): rows 0..m4 (a multiple of 4) and
 * columns J0..nEnd in blocks of 2·pairs, where J0 is 0; callers shift `b` and `out` to start elsewhere.
 */
function kernelBody(pairs: Pairs): number[] {
  const b: number[] = [];
  const push = (...parts: number[][]) => parts.forEach((p) => b.push(...p));
  push(op.get(A_ROW), op.get(A_ROW), op.i32Add, op.set(A_ROW2));
  push(op.get(A_ROW2), op.get(A_ROW), op.i32Add, op.set(A_ROW3));
  push(op.i32(0), op.set(I), op.loop); // rows, four at a time
  push(op.i32(0), op.set(J), op.loop); // columns, 2·pairs at a time
  for (let s = 0; s < 4 * pairs; s++) push(op.v128Zero, op.set(SUM + s));
  push(op.get(A), op.get(I), op.get(A_ROW), op.i32Mul, op.i32Add, op.set(PA));
  push(op.get(B), op.get(J), op.i32(8), op.i32Mul, op.i32Add, op.set(PB));
  push(op.get(K), op.set(KK));
  push(op.block, op.get(KK), op.i32Eqz, op.brIf(0)); // k = 0: the sums stay 0
  push(op.get(SKIP), op.if, kLoop(true, pairs), op.else, kLoop(false, pairs), op.end);
  push(op.end);
  push(op.get(OUT), op.get(I), op.get(OUT_ROW), op.i32Mul, op.i32Add);
  push(op.get(J), op.i32(8), op.i32Mul, op.i32Add, op.set(PO));
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < pairs; c++) push(op.get(PO), op.get(SUM + pairs * r + c), op.v128Store(16 * c));
    push(op.get(PO), op.get(OUT_ROW), op.i32Add, op.set(PO));
  }
  push(op.get(J), op.i32(2 * pairs), op.i32Add, op.tee(J), op.get(N_END), op.i32LtS, op.brIf(0), op.end);
  push(op.get(I), op.i32(4), op.i32Add, op.tee(I), op.get(M4), op.i32LtS, op.brIf(0), op.end);
  push(op.end);
  return b;
}

/** The module: imports its memory as env.mem, exports `gemm4` (4-column blocks) and `gemm2` (2-column). */
export function moduleBytes(): Uint8Array<ArrayBuffer> {
  const F64 = 0x7c;
  const locals = [3, ...uleb(8), I32, ...uleb(11), V128, ...uleb(4), F64];
  const code = (pairs: Pairs) => {
    const body = [...locals, ...kernelBody(pairs)];
    return [...uleb(body.length), ...body];
  };
  const header = [0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0]; // "\0asm", version 1
  return Uint8Array.from([
    ...header,
    ...section(1, [1, 0x60, PARAMS, ...new Array<number>(PARAMS).fill(I32), 0]),
    ...section(2, [1, ...name('env'), ...name('mem'), 0x02, 0x00, 1]),
    ...section(3, [2, 0, 0]),
    ...section(7, [2, ...name('gemm4'), 0x00, 0, ...name('gemm2'), 0x00, 1]),
    ...section(10, [2, ...code(2), ...code(1)]),
  ]);
}

type Kernel = (...args: number[]) => void;
interface Simd {
  readonly gemm4: Kernel;
  readonly gemm2: Kernel;
  readonly memory: WebAssembly.Memory;
}
let simd: Simd | null | undefined; // undefined: not tried yet; null: unavailable here

function load(): Simd | null {
  if (simd !== undefined) return simd;
  simd = null;
  try {
    const bytes = moduleBytes();
    if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes)) return null;
    const memory = new WebAssembly.Memory({ initial: 16 });
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { mem: memory } });
    simd = { gemm4: exports.gemm4 as Kernel, gemm2: exports.gemm2 as Kernel, memory };
  } catch {
    simd = null;
  }
  return simd;
}

/** Whether the SIMD kernel runs here. */
export function simdAvailable(): boolean {
  return load() !== null;
}

/** Most memory one call may take; larger products stay in JavaScript. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * out[i*n + j] = sum over kk of A[i, kk] * B[kk, j] for rows i < m4 (a multiple of 4) and as many
 * columns as fit in blocks of four and then one of two; A is `a[i * aRow + kk * aCol]`, B is
 * `b[kk * bRow + j]`. Copies a and b into the module's memory and the results back. Returns how many
 * columns it filled: 0 when SIMD is unavailable or the operands are too large (nothing done).
 */
export function simdGemmBlocks(
  out: Float64Array,
  a: Float64Array,
  aRow: number,
  aCol: number,
  b: Float64Array,
  bRow: number,
  m4: number,
  k: number,
  n: number,
  skipZeros: boolean,
): number {
  const kernels = load();
  const n4 = n - (n % 4);
  const covered = n - (n % 2);
  if (kernels === null || m4 === 0 || covered === 0) return 0;
  const bytes = (a.length + b.length + m4 * n) * 8;
  if (bytes > MAX_BYTES) return 0;
  const { memory } = kernels;
  const have = memory.buffer.byteLength;
  if (have < bytes) memory.grow(Math.ceil((bytes - have) / 65536));
  const heap = new Float64Array(memory.buffer);
  const bAt = a.length;
  const outAt = bAt + b.length;
  heap.set(a, 0);
  heap.set(b, bAt);
  const skip = skipZeros ? 1 : 0;
  if (n4 > 0) kernels.gemm4(outAt * 8, 0, aRow * 8, aCol * 8, bAt * 8, bRow * 8, m4, k, n4, n * 8, skip);
  if (covered > n4) {
    // The two-column tail: the same kernel shape with B and out shifted to column n4.
    kernels.gemm2((outAt + n4) * 8, 0, aRow * 8, aCol * 8, (bAt + n4) * 8, bRow * 8, m4, k, 2, n * 8, skip);
  }
  for (let i = 0; i < m4; i++) out.set(heap.subarray(outAt + i * n, outAt + i * n + covered), i * n);
  return covered;
}
