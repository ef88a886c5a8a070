#include "EmbeddingProjection.h"

#include <cmath>

namespace memescope {

QVector<QPointF> pcaProject(const QVector<QVector<float>>& rows) {
    const int n = int(rows.size());
    if (n == 0) return {};
    const int d = int(rows[0].size());
    QVector<double> mean(d, 0.0);
    for (const auto& r : rows)
        for (int j = 0; j < d && j < r.size(); ++j)
            mean[j] += r[j];
    for (double& m : mean)
        m /= n;
    QVector<double> cov(d * d, 0.0);
    QVector<double> centered(d);
    for (const auto& r : rows) {
        for (int j = 0; j < d; ++j)
            centered[j] = (j < r.size() ? r[j] : 0.0) - mean[j];
        for (int a = 0; a < d; ++a) {
            const double x = centered[a];
            if (x == 0) continue;
            double* row = cov.data() + a * d;
            for (int b = 0; b < d; ++b)
                row[b] += x * centered[b];
        }
    }
    QVector<QVector<double>> components;
    for (int c = 0; c < 2; ++c) {
        QVector<double> v(d);
        for (int j = 0; j < d; ++j)
            v[j] = 1.0 + 0.01 * j * (c + 1); // deterministic, not orthogonal to typical leading directions
        for (int it = 0; it < 200; ++it) {
            QVector<double> w(d, 0.0);
            for (int a = 0; a < d; ++a) {
                const double* row = cov.constData() + a * d;
                double s = 0;
                for (int b = 0; b < d; ++b)
                    s += row[b] * v[b];
                w[a] = s;
            }
            for (const auto& prev : components) { // deflate: stay orthogonal to earlier components
                double dot = 0;
                for (int j = 0; j < d; ++j)
                    dot += w[j] * prev[j];
                for (int j = 0; j < d; ++j)
                    w[j] -= dot * prev[j];
            }
            double norm = 0;
            for (double x : w)
                norm += x * x;
            norm = std::sqrt(norm);
            if (norm < 1e-12) break;
            for (int j = 0; j < d; ++j)
                v[j] = w[j] / norm;
        }
        components << v;
    }
    QVector<QPointF> out(n);
    for (int i = 0; i < n; ++i) {
        double x = 0, y = 0;
        for (int j = 0; j < d && j < rows[i].size(); ++j) {
            const double c = rows[i][j] - mean[j];
            x += c * components[0][j];
            y += c * components[1][j];
        }
        out[i] = QPointF(x, y);
    }
    return out;
}

} // namespace memescope
