#include "FaithfulnessMeasures.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace memescope::faithfulness {

QVector<int> mostRelevantFirst(const QVector<float>& relevance) {
    QVector<int> order(relevance.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return relevance[a] > relevance[b]; });
    return order;
}

QVector<int> randomOrder(int n, uint32_t seed) {
    QVector<int> order(std::max(0, n));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937 rng(seed);
    for (int i = n - 1; i > 0; --i)
        std::swap(order[i], order[int(rng() % uint32_t(i + 1))]);
    return order;
}

const QVector<double>& deletionFractions() {
    static const QVector<double> k = {0.1, 0.2, 0.3, 0.4, 0.5};
    return k;
}

int countFor(double fraction, int n) {
    if (n <= 0 || fraction <= 0) return 0;
    return std::clamp(int(std::ceil(fraction * n - 1e-9)), 1, n);
}

QVector<QVector<int>> deletionSteps(const QVector<int>& order) {
    QVector<QVector<int>> steps;
    for (const double f : deletionFractions())
        steps << order.mid(0, countFor(f, int(order.size())));
    return steps;
}

double aopc(const QVector<float>& curve) {
    if (curve.isEmpty()) return 0;
    double sum = 0;
    for (const float p : curve)
        sum += double(curve.first()) - double(p);
    return sum / double(curve.size());
}

QRectF patchRect(int patch, int side, QSize image) {
    const double s = std::min(image.width(), image.height());
    const double left = (image.width() - s) / 2, top = (image.height() - s) / 2, cell = s / side;
    return {left + (patch % side) * cell, top + (patch / side) * cell, cell, cell};
}

bool pointsInto(int patch, int side, QSize image, const QRectF& box) {
    return side > 0 && box.contains(patchRect(patch, side, image).center());
}

double chanceOfPointing(int side, QSize image, const QRectF& box) {
    if (side <= 0) return 0;
    int hits = 0;
    for (int p = 0; p < side * side; ++p)
        hits += pointsInto(p, side, image, box) ? 1 : 0;
    return double(hits) / double(side * side);
}

} // namespace memescope::faithfulness
