#include "RunPredictions.h"

#include "core/metrics/ThresholdTuning.h"

#include <algorithm>
#include <cmath>

namespace memescope {

RunPredictions::RunPredictions(QHash<int64_t, QVector<float>> probabilities, QVector<float> thresholds,
                               bool multiLabel)
    : probabilities_(std::move(probabilities))
    , thresholds_(std::move(thresholds))
    , multiLabel_(multiLabel) {}

const QVector<float>* RunPredictions::probabilitiesOf(int64_t rowId) const {
    const auto it = probabilities_.constFind(rowId);
    return it == probabilities_.constEnd() || it->isEmpty() ? nullptr : &it.value();
}

uint64_t RunPredictions::predictedMask(int64_t rowId) const {
    const QVector<float>* p = probabilitiesOf(rowId);
    if (!p) return 0;
    return metrics::decideMask(p->constData(), size_t(p->size()), multiLabel_, thresholds_.constData(),
                               size_t(thresholds_.size()));
}

std::optional<bool> RunPredictions::correct(int64_t rowId, const std::optional<uint64_t>& labels) const {
    if (!labels || !probabilitiesOf(rowId)) return std::nullopt;
    return predictedMask(rowId) == *labels;
}

std::optional<double> RunPredictions::confidence(int64_t rowId) const {
    const QVector<float>* p = probabilitiesOf(rowId);
    if (!p) return std::nullopt;
    return double(*std::max_element(p->begin(), p->end()));
}

std::optional<double> RunPredictions::uncertainty(int64_t rowId) const {
    const QVector<float>* p = probabilitiesOf(rowId);
    if (!p) return std::nullopt;
    double h = 0;
    if (multiLabel_) {
        for (float v : *p) {
            const double q = std::clamp(double(v), 1e-9, 1 - 1e-9);
            h -= (q * std::log(q) + (1 - q) * std::log(1 - q)) / std::log(2.0);
        }
        return h / double(p->size());
    }
    for (float v : *p)
        if (v > 0) h -= double(v) * std::log(double(v));
    return p->size() > 1 ? h / std::log(double(p->size())) : 0.0;
}

std::optional<double> RunPredictions::supportForLabels(int64_t rowId, uint64_t labels) const {
    const QVector<float>* p = probabilitiesOf(rowId);
    if (!p || labels == 0) return std::nullopt;
    double sum = 0;
    int count = 0;
    for (int l = 0; l < p->size() && l < 64; ++l)
        if (labels & (uint64_t(1) << l)) {
            sum += (*p)[l];
            ++count;
        }
    return count ? std::optional<double>(sum / count) : std::nullopt;
}

} // namespace memescope
