"""NumPy side of `npm run bench`: times the seed's own layer classes on the inputs the engine used.

Usage: python3 scripts/bench/numpy_bench.py INPUTS.json  (written by scripts/bench/engine.ts)
Tensors arrive as raw little-endian float64 files named in the JSON spec.
Prints one JSON object: {"numpy": version, "blas": name, "results": {case: [per-call µs, one per sample]}};
the engine side pools these across rounds and takes medians and 95th percentiles. Each sample is K back-to-back calls (K so a sample lasts ~1 ms; one
training step per sample) after a warm-up, as on the engine side; training cycles through the batches. OPENBLAS_* variables are left exactly as the caller set them.
"""
import json
import sys
import time
from collections import OrderedDict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from seed import load_classes  # noqa: E402

C = load_classes()
Relu, Sigmoid, Affine, SoftmaxWithLoss = C["Relu"], C["Sigmoid"], C["Affine"], C["SoftmaxWithLoss"]


def decode(e):
    values = np.fromfile(e["file"], dtype="<f8").reshape(e["shape"])
    return values.astype(np.int64) if e["dtype"] == "int64" else values


def measure(fn, samples, sample_ms=1.0, warmup_ms=300.0):
    calls = 0
    start = time.perf_counter()
    while (time.perf_counter() - start) * 1e3 < warmup_ms or calls < 3:
        fn()
        calls += 1
    per_call_ms = (time.perf_counter() - start) * 1e3 / calls
    k = max(1, round(sample_ms / per_call_ms))
    times = []
    for _ in range(samples):
        t0 = time.perf_counter_ns()
        for _ in range(k):
            fn()
        times.append((time.perf_counter_ns() - t0) / 1e3 / k)
    return times


class TwoLayerNet:
    """The book's ch05 TwoLayerNet wired from the seed's classes; params updated in place as the book does."""

    def __init__(self, params):
        self.params = params
        self.layers = OrderedDict()
        self.layers["Affine1"] = Affine(params["W1"], params["b1"])
        self.layers["Relu1"] = Relu()
        self.layers["Affine2"] = Affine(params["W2"], params["b2"])
        self.lastLayer = SoftmaxWithLoss()

    def gradient(self, x, t):
        for layer in self.layers.values():
            x = layer.forward(x)
        self.lastLayer.forward(x, t)
        dout = self.lastLayer.backward(1)
        for layer in reversed(list(self.layers.values())):
            dout = layer.backward(dout)
        a1, a2 = self.layers["Affine1"], self.layers["Affine2"]
        return {"W1": a1.dW, "b1": a1.db, "W2": a2.dW, "b2": a2.db}

    def step(self, x, t, lr):
        """Gradient, then the SGD update into new arrays (the engine's functional update), leaving
        self.params as they were so that every timed step does the same work."""
        grads = self.gradient(x, t)
        return {key: self.params[key] - lr * grads[key] for key in ("W1", "b1", "W2", "b2")}


def main():
    spec = json.loads(Path(sys.argv[1]).read_text())
    s = spec["seed"]
    x, W, b, dY, t = (decode(s[k]) for k in ("x", "W", "b", "dY", "t"))
    relu, sigmoid, affine, softmax = Relu(), Sigmoid(), Affine(W, b), SoftmaxWithLoss()
    relu_dout = x.copy()  # the seed's backward zeroes its dout in place; keep x itself intact

    def relu_pass():
        relu.forward(x)
        return relu.backward(relu_dout)

    def sigmoid_pass():
        sigmoid.forward(x)
        return sigmoid.backward(x)

    def affine_pass():
        affine.forward(x)
        return affine.backward(dY)

    def softmax_pass():
        softmax.forward(x, t)
        return softmax.backward()

    results = {
        "relu": measure(relu_pass, spec["samples"]),
        "sigmoid": measure(sigmoid_pass, spec["samples"]),
        "affine": measure(affine_pass, spec["samples"]),
        "softmax": measure(softmax_pass, spec["samples"]),
    }
    for name, data in spec["train"].items():
        params = {k: decode(v) for k, v in spec["params"].items()}
        net = TwoLayerNet(params)
        x_all, t_all, size = decode(data["x"]), decode(data["t"]), data["batchSize"]
        batches = [(x_all[i : i + size], t_all[i : i + size]) for i in range(0, x_all.shape[0], size)]
        state = {"i": 0}

        def step():
            bx, bt = batches[state["i"] % len(batches)]
            state["i"] += 1
            return net.step(bx, bt, spec["learningRate"])

        results[name] = measure(step, spec["trainSamples"], sample_ms=0)
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        blas_name = f'{blas.get("name")} {blas.get("version", "")}'.strip()
    except Exception:  # noqa: BLE001 (older NumPy without mode="dicts")
        blas_name = "unknown"
    print(json.dumps({"numpy": np.__version__, "blas": blas_name, "results": results}))


if __name__ == "__main__":
    main()
