#pragma once

#include <QPointF>
#include <QVector>

namespace memescope {

// 2-D PCA of row vectors (power iteration with deflation on the covariance matrix, deterministic start):
// enough to see whether classes separate in a model's fused, text or image embedding space.
QVector<QPointF> pcaProject(const QVector<QVector<float>>& rows);
// 2-D t-SNE (exact, van der Maaten & Hinton 2008): Gaussian affinities with per-point bandwidths found by
// binary search for `perplexity`, Student-t similarities in 2-D, early exaggeration 12 for the first 100 of
// `iterations` steps, gradient descent with momentum and gains; initialised from the PCA projection (scaled),
// so it is deterministic. O(n^2) per step: a few seconds for ~2,000 points; callers sample beyond that.
QVector<QPointF> tsneProject(const QVector<QVector<float>>& rows, double perplexity = 30,
                             int iterations = 500);

} // namespace memescope
