#!/usr/bin/python3
"""Writes the reference values tests/ml/tst_statistics checks core/metrics' bootstrap and paired tests against.

  make-statistics-fixture.py [OUT]    (default OUT: tests/data/statistics)

Writes bootstrap_fixture.json and permutation_fixture.json. Needs Debian's python3-scipy, python3-numpy and
python3-sklearn (run with /usr/bin/python3). Everything is seeded: rerunning gives identical files.

Bootstrap. scipy.stats.bootstrap draws its own indices, so its interval cannot be compared with the C++ one
directly. Instead this script
  1. regenerates the C++ resamples exactly: std::mt19937_64 (written out below from its definition in the
     C++ standard, checked against the standard's required 10000th output) and Lemire's bounded integer
     method, in the same order as core/metrics/Bootstrap.h documents;
  2. scores every resample with scikit-learn and takes numpy.percentile at 100 alpha and 100 (1 - alpha),
     which is what scipy.stats.bootstrap(method='percentile') does with its replicates;
  3. shows that step 2 is scipy's computation: with a numpy Generator we control, the indices scipy draws
     are Generator.integers(0, n, (resamples, n)); the manual percentile interval over exactly those
     indices must equal scipy.stats.bootstrap's interval (checked here, recorded in the fixture).
Labels: macro/weighted averages run over the labels present in y_true or y_pred of the ORIGINAL sample,
passed to scikit-learn as `labels=` so every resample uses the same set (the C++ choice).

Permutation. scipy.stats.permutation_test(permutation_type='samples', n_resamples=inf) enumerates all 2^n
ways of swapping A's and B's prediction per item; the statistic is metric(B) - metric(A) with the truth fixed.
Cross-checked here by a plain enumeration.
"""
import itertools
import json
import os
import sys

import numpy as np
import scipy
import scipy.stats
import sklearn
from sklearn.metrics import (accuracy_score, cohen_kappa_score, f1_score,
                             precision_recall_fscore_support)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MASK64 = (1 << 64) - 1
SEED = 20261207
RESAMPLES = 2000
CONFIDENCE = 0.95


class MT19937_64:
    """std::mt19937_64: w=64, n=312, m=156, r=31 and the constants of [rand.predef]."""

    N, M = 312, 156
    UPPER, LOWER = MASK64 ^ ((1 << 31) - 1), (1 << 31) - 1

    def __init__(self, seed):
        self.mt = [seed & MASK64]
        for i in range(1, self.N):
            prev = self.mt[-1]
            self.mt.append((6364136223846793005 * (prev ^ (prev >> 62)) + i) & MASK64)
        self.index = self.N

    def _twist(self):
        mt = self.mt
        for i in range(self.N):
            x = (mt[i] & self.UPPER) | (mt[(i + 1) % self.N] & self.LOWER)
            xa = x >> 1
            if x & 1:
                xa ^= 0xB5026F5AA96619E9
            mt[i] = mt[(i + self.M) % self.N] ^ xa
        self.index = 0

    def __call__(self):
        if self.index >= self.N:
            self._twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & MASK64


def uniform_index(rng, n):
    """Lemire's nearly divisionless method, as memescope::metrics::uniformIndex."""
    m = rng() * n
    low = m & MASK64
    if low < n:
        threshold = ((1 << 64) - n) % n
        while low < threshold:
            m = rng() * n
            low = m & MASK64
    return m >> 64


def draw_indices(strata, resamples, seed):
    """strata: lists of item indices, visited in order; one list of all items = the unstratified bootstrap."""
    rng = MT19937_64(seed)
    out = []
    for _ in range(resamples):
        drawn = []
        for members in strata:
            drawn.extend(members[uniform_index(rng, len(members))] for _ in range(len(members)))
        out.append(drawn)
    return out


def class_strata(y_true, num_labels):
    return [m for m in ([i for i, t in enumerate(y_true) if t == c] for c in range(num_labels)) if m]


def interval(estimate, replicates):
    # scipy.stats.bootstrap, method='percentile': exactly these two numpy.percentile calls.
    alpha = (1 - CONFIDENCE) / 2
    low = np.percentile(replicates, alpha * 100)
    high = np.percentile(replicates, (1 - alpha) * 100)
    return {"estimate": float(estimate), "low": float(low), "high": float(high)}


def summary(yt, yp, labels):
    f = {avg: f1_score(yt, yp, labels=labels, average=avg, zero_division=0) for avg in ("macro", "weighted", "micro")}
    p, r, f1, _ = precision_recall_fscore_support(yt, yp, labels=labels, average=None, zero_division=0)
    return {"accuracy": accuracy_score(yt, yp), "macro_f1": f["macro"], "weighted_f1": f["weighted"],
            "micro_f1": f["micro"], "precision": p, "recall": r, "f1": f1}


def bootstrap_case(yt, yp, labels, index_sets):
    yt, yp = np.asarray(yt), np.asarray(yp)
    point = summary(yt, yp, labels)
    reps = [summary(yt[idx], yp[idx], labels) for idx in map(np.asarray, index_sets)]
    out = {k: interval(point[k], [r[k] for r in reps]) for k in ("accuracy", "macro_f1", "weighted_f1", "micro_f1")}
    # True positives of each label in the original sample: without any, no interval (the C++ rule).
    tp = [int(np.sum((yt == yp) & (yt == l))) if yt.ndim == 1 else int(np.sum(yt[:, l] & yp[:, l])) for l in labels]
    out["per_class"] = []
    for k, label in enumerate(labels):
        entry = {"label": int(label), "shown": tp[k] > 0}
        if tp[k] > 0:
            for name in ("precision", "recall", "f1"):
                entry[name] = interval(point[name][k], [r[name][k] for r in reps])
        out["per_class"].append(entry)
    # Enough to pin the resamples down without storing them: three in full, then per-resample sums.
    sums = [int(sum(idx)) for idx in index_sets]
    out["first_indices"] = [list(map(int, idx)) for idx in index_sets[:3]]
    out["first_index_sums"] = sums[:20]
    out["index_sum_checksum"] = sum((b + 1) * v for b, v in enumerate(sums))
    return out


def check_scipy_percentile(yt, yp, labels):
    """Step 3 of the docstring: manual percentile over scipy's own indices == scipy.stats.bootstrap."""
    yt, yp = np.asarray(yt), np.asarray(yp)
    n, seed = len(yt), 12345
    stats = {"accuracy": lambda t, p: accuracy_score(t, p),
             "macro_f1": lambda t, p: f1_score(t, p, labels=labels, average="macro", zero_division=0)}
    result = {"numpy_seed": seed, "resamples": RESAMPLES}
    for name, fn in stats.items():
        res = scipy.stats.bootstrap((yt, yp), fn, paired=True, vectorized=False, n_resamples=RESAMPLES,
                                    confidence_level=CONFIDENCE, method="percentile",
                                    random_state=np.random.default_rng(seed))
        idx = np.random.default_rng(seed).integers(0, n, (RESAMPLES, n))
        manual = interval(fn(yt, yp), [fn(yt[i], yp[i]) for i in idx])
        scipy_ci = [float(res.confidence_interval.low), float(res.confidence_interval.high)]
        diff = max(abs(manual["low"] - scipy_ci[0]), abs(manual["high"] - scipy_ci[1]))
        assert diff < 1e-12, (name, manual, scipy_ci)
        result[name] = {"manual": [manual["low"], manual["high"]], "scipy": scipy_ci, "max_abs_diff": diff}
    return result


def make_single_label(rng):
    # 60 memes, truth in labels 0..3 (one rare), ~70 % correct; label 4 only ever predicted, never true.
    y_true = rng.choice(4, size=60, p=[0.45, 0.3, 0.17, 0.08])
    y_pred = np.where(rng.random(60) < 0.7, y_true, rng.integers(0, 4, 60))
    y_pred[[3, 17]] = 4
    return [int(v) for v in y_true], [int(v) for v in y_pred]


def make_multi_label(rng, n, num_labels, rates, flip):
    y_true = (rng.random((n, num_labels)) < rates).astype(int)
    y_pred = np.where(rng.random((n, num_labels)) < flip, 1 - y_true, y_true)
    return y_true.tolist(), y_pred.tolist()


def bootstrap_fixture():
    rng = np.random.default_rng(7)
    check = MT19937_64(5489)
    for _ in range(9999):
        check()
    tenth_thousand = check()
    assert tenth_thousand == 9981545732273789042, "not std::mt19937_64"

    yt, yp = make_single_label(rng)
    labels = sorted(set(yt) | set(yp))
    n = len(yt)
    single = {"num_labels": 5, "y_true": yt, "y_pred": yp, "labels": labels,
              "unstratified": bootstrap_case(yt, yp, labels, draw_indices([list(range(n))], RESAMPLES, SEED)),
              "stratified": bootstrap_case(yt, yp, labels, draw_indices(class_strata(yt, 5), RESAMPLES, SEED))}

    myt, myp = make_multi_label(rng, 40, 3, [0.5, 0.3, 0.15], 0.2)
    multi = {"num_labels": 3, "y_true": myt, "y_pred": myp,
             "unstratified": bootstrap_case(np.asarray(myt), np.asarray(myp), [0, 1, 2],
                                            draw_indices([list(range(40))], RESAMPLES, SEED))}

    a = rng.integers(0, 3, 30)
    b = np.where(rng.random(30) < 0.75, a, rng.integers(0, 3, 30))
    kappa_idx = draw_indices([list(range(30))], RESAMPLES, SEED)
    kappa = {"a": a.tolist(), "b": b.tolist(), "categories": 3,
             **interval(cohen_kappa_score(a, b), [cohen_kappa_score(a[i], b[i]) for i in map(np.asarray, kappa_idx)])}

    return {"generator": "scripts/make-statistics-fixture.py",
            "versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
                         "sklearn": sklearn.__version__},
            "seed": SEED, "resamples": RESAMPLES, "confidence": CONFIDENCE,
            "mt19937_64_default_seed_10000th": tenth_thousand,
            "single_label": single, "multi_label": multi, "cohen_kappa": kappa,
            "scipy_percentile_check": check_scipy_percentile(yt, yp, labels)}


METRICS = {"accuracy": lambda t, p, labels: accuracy_score(t, p),
           "macro_f1": lambda t, p, labels: f1_score(t, p, labels=labels, average="macro", zero_division=0),
           "weighted_f1": lambda t, p, labels: f1_score(t, p, labels=labels, average="weighted", zero_division=0),
           "micro_f1": lambda t, p, labels: f1_score(t, p, labels=labels, average="micro", zero_division=0)}


def permutation_case(kind, y_true, pred_a, pred_b, metric):
    y_true, pred_a, pred_b = np.asarray(y_true), np.asarray(pred_a), np.asarray(pred_b)
    # The C++ label list: present in the truth or either system (single-label), every column (multi-label).
    labels = (sorted(set(y_true.tolist()) | set(pred_a.tolist()) | set(pred_b.tolist())) if kind == "single"
              else list(range(y_true.shape[1])))
    fn = METRICS[metric]
    core = 1 if kind == "single" else 2

    def statistic(a, b, axis=-1):
        # scipy hands (..., n) samples (multi-label: (..., labels, n), the item axis moved last).
        batch = a.shape[:-core]
        a = a.reshape((-1,) + a.shape[-core:])
        b = b.reshape((-1,) + b.shape[-core:])
        out = [fn(y_true, b[k].T, labels) - fn(y_true, a[k].T, labels) for k in range(len(a))]
        return np.asarray(out).reshape(batch)

    res = scipy.stats.permutation_test((pred_a, pred_b), statistic, permutation_type="samples", vectorized=True,
                                       n_resamples=np.inf, alternative="two-sided", axis=0)
    n = len(y_true)
    assert len(res.null_distribution) == 2 ** n
    # Plain enumeration of the swaps with the same tolerance, as a check on how scipy was called.
    observed = fn(y_true, pred_b, labels) - fn(y_true, pred_a, labels)
    gamma = max(1e-14, abs(1e-14 * observed))
    extreme = 0
    for swaps in itertools.product((False, True), repeat=n):
        s = np.asarray(swaps)
        a = np.where(s[:, None] if core == 2 else s, pred_b, pred_a)
        b = np.where(s[:, None] if core == 2 else s, pred_a, pred_b)
        extreme += abs(fn(y_true, b, labels) - fn(y_true, a, labels)) >= abs(observed) - gamma
    assert abs(extreme / 2 ** n - res.pvalue) < 1e-12, (metric, extreme / 2 ** n, res.pvalue)
    return {"kind": kind, "metric": metric, "y_true": y_true.tolist(), "pred_a": pred_a.tolist(),
            "pred_b": pred_b.tolist(), "labels": [int(l) for l in labels], "observed": float(res.statistic),
            "p_value": float(res.pvalue), "arrangements": 2 ** n}


def permutation_fixture():
    rng = np.random.default_rng(11)
    cases = []
    # Single-label, 10 memes, 3 labels, by hand: B is right on 9, A on 2; they differ on 9 memes, B winning 8
    # of them, so the exact accuracy p is 2 (1 + 9) / 2^9 = 0.039.
    yt = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 0])
    pa = np.array([1, 2, 0, 2, 0, 1, 1, 0, 2, 0])
    pb = np.array([0, 1, 2, 0, 1, 2, 0, 1, 2, 1])
    for metric in METRICS:
        cases.append(permutation_case("single", yt, pa, pb, metric))
    # Random, closer systems: larger p-values.
    yt = rng.integers(0, 3, 10)
    pa = np.where(rng.random(10) < 0.5, yt, rng.integers(0, 3, 10))
    pb = np.where(rng.random(10) < 0.85, yt, rng.integers(0, 3, 10))
    for metric in ("macro_f1", "weighted_f1"):
        cases.append(permutation_case("single", yt, pa, pb, metric))
    # Multi-label, 9 memes x 3 labels.
    myt, mya = make_multi_label(rng, 9, 3, [0.5, 0.4, 0.3], 0.35)
    myb = np.where(rng.random((9, 3)) < 0.1, 1 - np.asarray(myt), np.asarray(myt)).tolist()
    for metric in ("accuracy", "macro_f1", "micro_f1"):
        cases.append(permutation_case("multi", myt, mya, myb, metric))
    return {"generator": "scripts/make-statistics-fixture.py",
            "versions": {"numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__},
            "cases": cases}


def dump(value, indent=""):
    """JSON with one line per list of numbers, so the files stay small and diff well."""
    if isinstance(value, dict):
        inner = indent + " "
        items = [f"{inner}{json.dumps(k)}: {dump(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        inner = indent + " "
        return "[\n" + ",\n".join(inner + dump(v, inner) for v in value) + "\n" + indent + "]"
    return json.dumps(value)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "data", "fixtures", "statistics")
    os.makedirs(out, exist_ok=True)
    for name, make in (("bootstrap_fixture.json", bootstrap_fixture), ("permutation_fixture.json", permutation_fixture)):
        with open(os.path.join(out, name), "w") as f:
            f.write(dump(make()) + "\n")
        print("wrote", os.path.join(out, name))


if __name__ == "__main__":
    main()
