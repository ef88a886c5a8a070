#pragma once

#include <QPointF>
#include <QVector>

namespace memescope {

// 2-D PCA of row vectors (power iteration with deflation on the covariance matrix, deterministic start):
// enough to see whether classes separate in a model's fused, text or image embedding space.
QVector<QPointF> pcaProject(const QVector<QVector<float>>& rows);

} // namespace memescope
