#!/usr/bin/python3
"""The peer of bench_baseline: scikit-learn's standard text baseline on the same splits.

FeatureUnion(TfidfVectorizer(word 1-2-grams), TfidfVectorizer(char_wb 2-5-grams)), both with sublinear tf and
min_df 2, then LogisticRegression (lbfgs; one-vs-rest for multi-label). C is chosen on the validation split
from the same grid MemeScope uses; for multi-label, per-label thresholds (0.05 ... 0.95, ties to the one
closest to 0.5, labels with fewer than 3 validation positives keep 0.5) are tuned there first. Prints one
JSON line: the chosen C, validation and test macro-F1, seconds, feature count.

usage: peer_baseline.py SPLITS.json   ({"multi_label", "num_labels", "train"|"val"|"test": [[text, [labels]], ...]})
"""
import json
import sys
import time

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion

GRID = [0.1, 0.3, 1, 3, 10, 30]


def tune(p, y):
    th = np.full(p.shape[1], 0.5)
    for j in range(p.shape[1]):
        if y[:, j].sum() < 3:
            continue
        best, best_t = -1.0, 0.5
        for step in range(1, 20):
            t = 0.05 * step
            pred = p[:, j] > t
            tp = np.sum(pred & (y[:, j] == 1)); fp = np.sum(pred & (y[:, j] == 0)); fn = np.sum(~pred & (y[:, j] == 1))
            f1 = 2 * tp / (2 * tp + fp + fn)
            if f1 > best + 1e-12 or (abs(f1 - best) <= 1e-12 and abs(t - 0.5) < abs(best_t - 0.5)):
                best, best_t = f1, t
        th[j] = best_t
    return th


def main():
    data = json.load(open(sys.argv[1]))
    multi, k = data["multi_label"], data["num_labels"]
    texts = {s: [r[0] for r in data[s]] for s in ("train", "val", "test")}
    if multi:
        y = {s: np.array([[1 if j in r[1] else 0 for j in range(k)] for r in data[s]]) for s in texts}
    else:
        y = {s: np.array([r[1][0] for r in data[s]]) for s in texts}
    start = time.perf_counter()
    features = FeatureUnion([
        ("word", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
    ])
    x = {"train": features.fit_transform(texts["train"])}
    x["val"], x["test"] = features.transform(texts["val"]), features.transform(texts["test"])
    best = (-1.0, None, None, None)
    for c in GRID:
        lr = LogisticRegression(C=c, max_iter=2000, tol=1e-6)
        model = OneVsRestClassifier(lr) if multi else lr
        model.fit(x["train"], y["train"])
        p = model.predict_proba(x["val"])
        if multi:
            th = tune(p, y["val"])
            score = f1_score(y["val"], (p > th).astype(int), average="macro", zero_division=0)
        else:
            th = None
            score = f1_score(y["val"], model.classes_[p.argmax(1)], average="macro", zero_division=0)
        if score > best[0] + 1e-12:
            best = (score, c, model, th)
    score, c, model, th = best
    p = model.predict_proba(x["test"])
    if multi:
        test = f1_score(y["test"], (p > th).astype(int), average="macro", zero_division=0)
    else:
        test = f1_score(y["test"], model.classes_[p.argmax(1)], average="macro", zero_division=0)
    print(json.dumps({"c": c, "val_macro_f1": score, "test_macro_f1": test,
                      "seconds": time.perf_counter() - start, "features": x["train"].shape[1]}))


if __name__ == "__main__":
    main()
