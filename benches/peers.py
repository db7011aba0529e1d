"""The peers of benches/peers.rs: SciPy's linear_sum_assignment and lap's
lapjv, timed on the cost matrices that bench wrote, best of three each.

    pip install scipy lap
    cargo bench --bench peers       # runs this script itself

Prints one JSON line per matrix: the seconds of each peer, and the pairs it
matched (allowed pairs only) with their total score, so that the bench can
check that every solver finds the same optimum.
"""
import json
import sys
import time
from pathlib import Path

import numpy as np

try:
    from scipy.optimize import linear_sum_assignment
except ImportError:
    linear_sum_assignment = None
try:
    import lap
except ImportError:
    lap = None


def best_of_three(solve, cost):
    best, answer = float("inf"), None
    for _ in range(3):
        start = time.perf_counter()
        answer = solve(cost)
        best = min(best, time.perf_counter() - start)
    return best, answer


def value(pairs, cost, costs):
    """(matched, total score in hundredths) of (row, column) pairs."""
    matched, total = 0, 0
    for row, column in pairs:
        c = cost[row, column]
        if c < costs["forbidden"] - 0.5:
            matched += 1
            total += int(round(costs["max"] - c))
    return {"matched": matched, "total": total}


def scipy_solve(cost):
    rows, columns = linear_sum_assignment(cost)
    return list(zip(rows.tolist(), columns.tolist()))


def lap_solve(cost):
    _, x, _ = lap.lapjv(cost, extend_cost=True)
    return [(row, int(column)) for row, column in enumerate(x) if column >= 0]


for path in sorted(Path(sys.argv[1]).glob("shape*.npy")):
    cost = np.load(path)
    costs = json.loads(path.with_suffix(".json").read_text())
    line = {"file": path.name}
    for name, solve, available in (("scipy", scipy_solve, linear_sum_assignment), ("lap", lap_solve, lap)):
        if available is None:
            continue
        seconds, pairs = best_of_three(solve, cost)
        line[name] = seconds
        line[name + "_value"] = value(pairs, cost, costs)
    print(json.dumps(line), flush=True)
