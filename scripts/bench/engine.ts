/**
 * `npm run bench`: times the engine against NumPy running the seed notebook's own classes.
 *
 * (a) the seed's four layer passes on the seed's own small inputs (forward then backward);
 * (b) one training step of the book's 784-50-10 net on a batch of 100 (gradient + SGD update) on the
 *     engine's fast path, on uniform random pixels and on MNIST digits, plus the layer-by-layer path.
 * The engine runs as the production app runs it, with result freezing off (`setFreezing(false)`, see
 * src/engine/tensor.ts); the four passes are also timed with freezing on, as tests and the dev server run.
 * When `python3 -c "import numpy"` works, scripts/bench/numpy_bench.py times the same cases on the same
 * inputs in the same run. Engine and NumPy take turns over a few rounds and each side's samples are
 * pooled, so a burst of load on this shared machine hits both. Prints numbers only: per-call medians
 * and 95th percentiles in microseconds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  affine,
  isFreezing,
  relu,
  setFreezing,
  sigmoid,
  softmaxWithLoss,
  twoLayerNet,
  type Tensor,
  type TwoLayerParams,
} from '../../src/engine';
import { simdAvailable } from '../../src/engine/net/simdGemm';
import { denseSet, encode, mnistSet, rowsOf, seedInputs, type TrainingSet } from './cases';
import { table, type Row } from './report';
import { measure, type Samples } from './timing';

const ROUNDS = 3;
const LAYER_SAMPLES = 70; // per round; each sample is ~1 ms of calls
const TRAIN_SAMPLES = 50; // per round; one step per sample
const LEARNING_RATE = 0.1;

const seed = seedInputs();
const { x, W, b, dY, t } = seed;
const initial = twoLayerNet.init({ inputSize: 784, hiddenSize: 50, outputSize: 10, seed: 0 });
const mnist = mnistSet();
const sets: TrainingSet[] = [denseSet(), ...('skipped' in mnist ? [] : [mnist])];

/**
 * One training step per call, from the same initial params each time, on batch i mod batches. Letting
 * the params evolve would make the two sides time different points of a trajectory (they warm up for
 * different numbers of steps), and a run that diverges into subnormal numbers slows BLAS down tenfold.
 */
function trainer(set: TrainingSet, step: (p: TwoLayerParams, x: Tensor, t: Tensor) => TwoLayerParams) {
  const batches = Array.from({ length: set.batches }, (_, i) => ({
    x: rowsOf(set.x, i * set.batchSize, set.batchSize),
    t: rowsOf(set.t, i * set.batchSize, set.batchSize),
  }));
  let i = 0;
  return () => {
    const { x: xb, t: tb } = batches[i++ % batches.length];
    return step(initial, xb, tb);
  };
}

/** The four seed passes: NumPy's key, the row name, one forward + backward. */
const layerPasses: [string, string, () => unknown][] = [
  ['relu', 'ReLU fwd+bwd 2x2', () => relu.backward(x, relu.forward(x).mask)] as const,
  ['sigmoid', 'Sigmoid fwd+bwd 2x2', () => sigmoid.backward(x, sigmoid.forward(x).out)],
  ['affine', 'Affine fwd+bwd 2x2·2x3', () => (affine.forward(x, W, b), affine.backward(dY, x, W))],
  [
    'softmax',
    'SoftmaxWithLoss fwd+bwd 2x2',
    () => softmaxWithLoss.backward(softmaxWithLoss.forward(x, t).y, t),
  ],
];
/** Runs `fn` with the engine's result freezing set to `on`, restoring the setting after. */
function withFreezing<T>(on: boolean, fn: () => T): T {
  const before = isFreezing();
  setFreezing(on);
  try {
    return fn();
  } finally {
    setFreezing(before);
  }
}

/**
 * Each case: its row name, the NumPy result it compares with, and how to time it once per round. Each
 * seed pass is timed as the production app runs it, then with its results frozen.
 */
const cases: { name: string; numpyKey: string; run: () => Samples }[] = layerPasses.flatMap(
  ([numpyKey, name, fn]) => [
    { name, numpyKey, run: () => measure(fn, LAYER_SAMPLES, 1) },
    {
      name: `  same, results frozen (dev, tests)`,
      numpyKey,
      run: () => withFreezing(true, () => measure(fn, LAYER_SAMPLES, 1)),
    },
  ],
);
for (const set of sets) {
  const fast = trainer(set, (p, xb, tb) => twoLayerNet.trainStep(p, xb, tb, LEARNING_RATE).params);
  cases.push({
    name: `train step 784-50-10 b100, ${set.name}`,
    numpyKey: set.name,
    run: () => measure(fast, TRAIN_SAMPLES, 0),
  });
}
const layered = trainer(sets[0], (p, xb, tb) =>
  twoLayerNet.sgdUpdate(p, twoLayerNet.gradient(p, xb, tb), LEARNING_RATE),
);
cases.push({
  name: `  same, layer-by-layer path, ${sets[0].name}`,
  numpyKey: sets[0].name,
  run: () => measure(layered, Math.ceil(TRAIN_SAMPLES / 3), 0),
});

// As the production app runs the engine (src/main.tsx); the frozen rows above switch it on for themselves.
setFreezing(false);
const dir = mkdtempSync(join(tmpdir(), 'layer-explorer-bench-'));
const engineSamples: Samples[] = cases.map(() => []);
let numpyResults: Record<string, Samples> | null = null;
let numpyInfo: { numpy: string; blas: string } | null = null;
try {
  const specFile = hasNumpy() ? writeSpec() : null;
  for (let round = 0; round < ROUNDS; round++) {
    cases.forEach((c, i) => engineSamples[i].push(...c.run()));
    if (specFile === null) continue;
    const out = runNumpy(specFile);
    if (out === null) continue;
    numpyInfo = { numpy: out.numpy, blas: out.blas };
    numpyResults ??= {};
    for (const [key, times] of Object.entries(out.results)) (numpyResults[key] ??= []).push(...times);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const rows: Row[] = cases.map((c, i) => ({
  name: c.name,
  engine: engineSamples[i],
  numpy: numpyResults?.[c.numpyKey] ?? null,
}));
const engineKind = simdAvailable() ? 'WebAssembly SIMD' : 'JavaScript';
console.log('Layer Explorer engine benchmark: per-call times in µs (median and p95 over samples).');
console.log(`node ${process.version}; engine matrix products in ${engineKind}; NumPy: ${describeNumpy()}`);
for (const v of ['OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE', 'OPENBLAS_NUM_THREADS', 'OMP_NUM_THREADS']) {
  const value = process.env[v];
  console.log(`  ${v} ${value === undefined ? 'not set' : `set to ${value}`} (passed to NumPy as is)`);
}
if ('skipped' in mnist) console.log(`  MNIST rows skipped: ${mnist.skipped}`);
console.log('');
for (const line of table(rows)) console.log(line);
console.log('');
const notes = [
  `${ROUNDS} rounds, engine then NumPy in each, samples pooled. Layer rows: forward then backward on the`,
  '  seed notebook’s own inputs, each sample ~1 ms of calls. Train rows: one step per sample, backprop',
  '  gradient then new params = params - lr * grads, always from the same initial params, cycling through',
  `  ${sets[0].batches} batches of 100; the same data on both sides.`,
  'NumPy runs the seed’s classes, whose Affine1.backward also computes dx; the engine’s fast path skips it.',
  'The engine runs as the production build runs it, without freezing its results; the “results frozen”',
  '  rows time the same passes with Object.freeze on every tensor and result, as tests and `npm run dev` do.',
];
for (const note of notes) console.log(note);

function describeNumpy(): string {
  return numpyInfo ? `${numpyInfo.numpy} (${numpyInfo.blas})` : 'not available';
}

function hasNumpy(): boolean {
  return spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;
}

/** Writes the inputs for numpy_bench.py: tensors as raw float64 files, described in spec.json. */
function writeSpec(): string {
  const spec = {
    samples: LAYER_SAMPLES,
    trainSamples: TRAIN_SAMPLES,
    learningRate: LEARNING_RATE,
    seed: Object.fromEntries(Object.entries(seed).map(([k, v]) => [k, encode(v, dir, `seed-${k}`)])),
    params: Object.fromEntries(Object.entries(initial).map(([k, v]) => [k, encode(v, dir, `param-${k}`)])),
    train: Object.fromEntries(
      sets.map((s, i) => [
        s.name,
        { x: encode(s.x, dir, `x${i}`), t: encode(s.t, dir, `t${i}`), batchSize: s.batchSize },
      ]),
    ),
  };
  const file = join(dir, 'spec.json');
  writeFileSync(file, JSON.stringify(spec));
  return file;
}

function runNumpy(
  specFile: string,
): { numpy: string; blas: string; results: Record<string, Samples> } | null {
  const run = spawnSync('python3', ['scripts/bench/numpy_bench.py', specFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) {
    console.error(`numpy_bench.py failed:\n${run.stderr}`);
    return null;
  }
  return JSON.parse(run.stdout);
}
