#include "ThresholdTuning.h"
#include "ClassificationMetrics.h"

#include <algorithm>
#include <cmath>

namespace memescope::metrics {

TunedThresholds tuneThresholds(const std::vector<std::vector<double>>& probabilities,
                               const std::vector<std::vector<int>>& truthRows, int numLabels,
                               int minPositives) {
    TunedThresholds out;
    out.thresholds.assign(size_t(numLabels), 0.5);
    for (int j = 0; j < numLabels; ++j) {
        int positives = 0;
        for (const auto& row : truthRows)
            positives += size_t(j) < row.size() && row[size_t(j)] ? 1 : 0;
        if (positives < std::max(1, minPositives)) {
            out.fallbackLabels.push_back(j);
            continue;
        }
        double bestF1 = -1, best = 0.5;
        for (int step = 1; step <= 19; ++step) {
            const double t = 0.05 * step;
            int64_t tp = 0, fp = 0, fn = 0;
            for (size_t i = 0; i < probabilities.size(); ++i) {
                // Compared in float, as stored probabilities and thresholds are applied everywhere else.
                const bool pred =
                    size_t(j) < probabilities[i].size() && float(probabilities[i][size_t(j)]) > float(t);
                const bool truth = size_t(j) < truthRows[i].size() && truthRows[i][size_t(j)];
                tp += pred && truth;
                fp += pred && !truth;
                fn += !pred && truth;
            }
            const double f1 = 2.0 * double(tp) / double(2 * tp + fp + fn);
            if (f1 > bestF1 + 1e-12 ||
                (std::abs(f1 - bestF1) <= 1e-12 && std::abs(t - 0.5) < std::abs(best - 0.5))) {
                bestF1 = f1;
                best = t;
            }
        }
        out.thresholds[size_t(j)] = best;
    }
    return out;
}

void decideRow(const float* p, size_t n, bool multiLabel, const float* thresholds, size_t thresholdCount,
               int* out) {
    std::fill(out, out + n, 0);
    if (multiLabel) {
        for (size_t j = 0; j < n; ++j)
            out[j] = p[j] > (j < thresholdCount ? thresholds[j] : 0.5f) ? 1 : 0;
    } else if (n > 0) {
        out[std::max_element(p, p + n) - p] = 1;
    }
}

uint64_t decideMask(const float* p, size_t n, bool multiLabel, const float* thresholds,
                    size_t thresholdCount) {
    int row[64];
    n = std::min<size_t>(n, 64);
    decideRow(p, n, multiLabel, thresholds, thresholdCount, row);
    uint64_t mask = 0;
    for (size_t j = 0; j < n; ++j)
        if (row[j]) mask |= uint64_t(1) << j;
    return mask;
}

std::vector<std::vector<int>> decide(const std::vector<std::vector<double>>& probabilities, bool multiLabel,
                                     const std::vector<double>& thresholds) {
    const std::vector<float> t(thresholds.begin(), thresholds.end());
    std::vector<std::vector<int>> rows;
    rows.reserve(probabilities.size());
    for (const auto& p : probabilities) {
        const std::vector<float> q(p.begin(), p.end());
        std::vector<int> row(p.size(), 0);
        decideRow(q.data(), q.size(), multiLabel, t.data(), t.size(), row.data());
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::vector<int>> labelIndicators(const std::vector<std::vector<int>>& labels, int numLabels) {
    std::vector<std::vector<int>> rows(labels.size(), std::vector<int>(static_cast<size_t>(numLabels), 0));
    for (size_t i = 0; i < labels.size(); ++i)
        for (int l : labels[i])
            if (l >= 0 && l < numLabels) rows[i][size_t(l)] = 1;
    return rows;
}

Report reportFromRows(const std::vector<std::vector<int>>& truthRows,
                      const std::vector<std::vector<int>>& predicted, bool multiLabel, int numLabels) {
    if (multiLabel) return multiLabelReport(truthRows, predicted, numLabels);
    std::vector<int> yTrue, yPred;
    for (size_t i = 0; i < truthRows.size(); ++i) {
        yTrue.push_back(int(std::find(truthRows[i].begin(), truthRows[i].end(), 1) - truthRows[i].begin()));
        yPred.push_back(int(std::find(predicted[i].begin(), predicted[i].end(), 1) - predicted[i].begin()));
    }
    return singleLabelReport(yTrue, yPred, numLabels);
}

double macroF1(const std::vector<std::vector<double>>& probabilities,
               const std::vector<std::vector<int>>& truthRows, bool multiLabel,
               const std::vector<double>& thresholds) {
    if (probabilities.empty()) return 0;
    const int numLabels = int(probabilities.front().size());
    return reportFromRows(truthRows, decide(probabilities, multiLabel, thresholds), multiLabel, numLabels)
        .macroF1;
}

} // namespace memescope::metrics
