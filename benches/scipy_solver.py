"""SciPy's linear_sum_assignment on the matrices of benches/solver.rs.

    pip install scipy && python3 benches/scipy_solver.py

Builds the same matrices (same generator, same costs as tandem's solver:
max - score for an allowed pair, BIG + max for a forbidden one, one column
per mentor place) and times the solve alone, best of three.
"""
import time

import numpy as np
from scipy.optimize import linear_sum_assignment

MASK = (1 << 64) - 1
TIES = [0, 2000, 3500, 4500, 6500, 8000]


def matrix(mentees, tie_heavy):
    mentors = mentees // 2
    state = 0x9E3779B97F4A7C15 ^ mentees

    def step():
        nonlocal state
        state ^= (state << 13) & MASK
        state ^= state >> 7
        state ^= (state << 17) & MASK
        return state

    scores = np.empty(mentees * mentors)
    for k in range(mentees * mentors):
        if tie_heavy:
            scores[k] = np.nan if step() % 100 < 20 else TIES[step() % 6]
        else:
            scores[k] = step() % 10001
    scores = scores.reshape(mentees, mentors)
    top = np.nanmax(scores)
    big = top * mentees + 1
    cost = np.where(np.isnan(scores), big + top, top - scores)
    return np.repeat(cost, 2, axis=1)  # two places per mentor


for tie_heavy in (True, False):
    for n in (1000, 2000, 5000):
        cost = matrix(n, tie_heavy)
        best = min(
            (lambda: (time.perf_counter(), linear_sum_assignment(cost), time.perf_counter()))()[::2]
            for _ in range(3)
        )
        start, end = best
        kind = "tie-heavy" if tie_heavy else "uniform"
        print(f"{kind:9} {n:5} x {n // 2:5} (x2 places): {end - start:.3f} s")
