"""NumPy's side of `npm run bench:training`: the book's training loop on the packed digits until the test
accuracy measured at an epoch boundary reaches 0.92; prints one JSON line.

Runs twice: with x as the book's load_mnist(normalize=True) makes it (float32, which makes np.dot fall
back from BLAS to a slow mixed-dtype loop) and with x in float64 (what the book's speed usually refers to).
"""
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
from gen_training import load_packed, train  # noqa: E402


def run(x_train, t_train, x_test, t_test):
    start = time.perf_counter()
    losses, epochs, _ = train(x_train, t_train, x_test, t_test, 0, 50, 0.01, 0.1, 100, 10000, stop_at=0.92)
    seconds = time.perf_counter() - start
    return {"steps": epochs[-1]["step"], "testAcc": epochs[-1]["testAcc"], "seconds": seconds}


def main():
    (x_train, t_train), (x_test, t_test), _ = load_packed()
    result = {
        "numpy": np.__version__,
        "float32": run(x_train, t_train, x_test, t_test),
        "float64": run(x_train.astype(np.float64), t_train, x_test.astype(np.float64), t_test),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
