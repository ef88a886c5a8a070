#include "EmbeddingProjection.h"

#include <algorithm>
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

QVector<QPointF> tsneProject(const QVector<QVector<float>>& rows, double perplexity, int iterations) {
    const int n = int(rows.size());
    if (n < 4) return pcaProject(rows);
    perplexity = std::min(perplexity, (n - 1) / 3.0);
    // Squared distances.
    std::vector<double> d2(size_t(n) * n, 0.0);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            double s = 0;
            for (int k = 0; k < rows[i].size() && k < rows[j].size(); ++k) {
                const double diff = double(rows[i][k]) - double(rows[j][k]);
                s += diff * diff;
            }
            d2[size_t(i) * n + j] = d2[size_t(j) * n + i] = s;
        }
    // Conditional affinities with the bandwidth that gives the wanted perplexity (entropy = log(perplexity)).
    std::vector<double> p(size_t(n) * n, 0.0);
    const double target = std::log(perplexity);
    for (int i = 0; i < n; ++i) {
        double beta = 1.0, lo = 0, hi = 1e300;
        double* row = p.data() + size_t(i) * n;
        const double* di = d2.data() + size_t(i) * n;
        double minD = 1e300;
        for (int j = 0; j < n; ++j)
            if (j != i) minD = std::min(minD, di[j]);
        for (int it = 0; it < 60; ++it) {
            double sum = 0, weighted = 0;
            for (int j = 0; j < n; ++j) {
                row[j] = j == i ? 0 : std::exp(-(di[j] - minD) * beta); // shifted for stability
                sum += row[j];
                weighted += row[j] * (di[j] - minD);
            }
            const double entropy = std::log(sum) + beta * weighted / sum;
            for (int j = 0; j < n; ++j)
                row[j] /= sum;
            if (std::abs(entropy - target) < 1e-5) break;
            if (entropy > target) {
                lo = beta;
                beta = hi >= 1e300 ? beta * 2 : (beta + hi) / 2;
            } else {
                hi = beta;
                beta = (beta + lo) / 2;
            }
        }
    }
    // Symmetrise.
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const double v = std::max((p[size_t(i) * n + j] + p[size_t(j) * n + i]) / (2.0 * n), 1e-12);
            p[size_t(i) * n + j] = p[size_t(j) * n + i] = v;
        }
    // Initialise from PCA, scaled to a small spread.
    QVector<QPointF> init = pcaProject(rows);
    double spread = 1e-12;
    for (const QPointF& q : init)
        spread = std::max({spread, std::abs(q.x()), std::abs(q.y())});
    std::vector<double> y(size_t(2) * n), update(size_t(2) * n, 0.0), gains(size_t(2) * n, 1.0),
        grad(size_t(2) * n);
    for (int i = 0; i < n; ++i) {
        y[size_t(2) * i] = init[i].x() / spread * 1e-2;
        y[size_t(2) * i + 1] = init[i].y() / spread * 1e-2;
    }
    std::vector<double> num(size_t(n) * n);
    for (int it = 0; it < iterations; ++it) {
        const double exaggeration = it < 100 ? 12.0 : 1.0;
        const double momentum = it < 250 ? 0.5 : 0.8;
        double qSum = 0;
        for (int i = 0; i < n; ++i)
            for (int j = i + 1; j < n; ++j) {
                const double dx = y[size_t(2) * i] - y[size_t(2) * j],
                             dy = y[size_t(2) * i + 1] - y[size_t(2) * j + 1];
                const double v = 1.0 / (1.0 + dx * dx + dy * dy);
                num[size_t(i) * n + j] = num[size_t(j) * n + i] = v;
                qSum += 2 * v;
            }
        std::fill(grad.begin(), grad.end(), 0.0);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                if (i == j) continue;
                const double v = num[size_t(i) * n + j];
                const double mult = 4.0 * (exaggeration * p[size_t(i) * n + j] - v / qSum) * v;
                grad[size_t(2) * i] += mult * (y[size_t(2) * i] - y[size_t(2) * j]);
                grad[size_t(2) * i + 1] += mult * (y[size_t(2) * i + 1] - y[size_t(2) * j + 1]);
            }
        for (size_t k = 0; k < y.size(); ++k) {
            gains[k] = (grad[k] > 0) != (update[k] > 0) ? gains[k] + 0.2 : std::max(0.01, gains[k] * 0.8);
            update[k] = momentum * update[k] - 200.0 * gains[k] * grad[k];
            y[k] += update[k];
        }
    }
    QVector<QPointF> out(n);
    for (int i = 0; i < n; ++i)
        out[i] = QPointF(y[size_t(2) * i], y[size_t(2) * i + 1]);
    return out;
}

} // namespace memescope
