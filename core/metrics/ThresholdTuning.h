#pragma once

#include "ClassificationMetrics.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace memescope::metrics {

// Multi-label decision thresholds tuned on held-out (validation) probabilities: per label the threshold
// of 0.05, 0.10 ... 0.95 that maximises that label's F1, ties going to the one closest to 0.5 (the untuned
// default, which generalises best). A label with fewer than minPositives positive memes keeps 0.5 and is
// named in `fallbackLabels` (by index), so the caller can say why.
struct TunedThresholds {
    std::vector<double> thresholds;
    std::vector<int> fallbackLabels;
};
TunedThresholds tuneThresholds(const std::vector<std::vector<double>>& probabilities,
                               const std::vector<std::vector<int>>& truthRows, int numLabels,
                               int minPositives = 1);

// THE decision rule of MemeScope, for every caller (training, evaluation, the browser, reports): multi-label,
// label j is predicted when p[j] > thresholds[j] (0.5 where no threshold is given), compared in float;
// single-label, the arg-max (the first on ties). Writes n 0/1 values to `out`.
void decideRow(const float* p, size_t n, bool multiLabel, const float* thresholds, size_t thresholdCount,
               int* out);
// The same as a bit mask (labels 0..63).
uint64_t decideMask(const float* p, size_t n, bool multiLabel, const float* thresholds,
                    size_t thresholdCount);

// 0/1 rows of predicted labels under decideRow's rule.
std::vector<std::vector<int>> decide(const std::vector<std::vector<double>>& probabilities, bool multiLabel,
                                     const std::vector<double>& thresholds);

// 0/1 rows (numLabels columns) from each sample's label indices; indices outside [0, numLabels) are ignored.
std::vector<std::vector<int>> labelIndicators(const std::vector<std::vector<int>>& labels, int numLabels);

// The report of predicted against true 0/1 rows: multiLabelReport, or for single-label the one set column of
// each row as its class.
Report reportFromRows(const std::vector<std::vector<int>>& truthRows,
                      const std::vector<std::vector<int>>& predicted, bool multiLabel, int numLabels);

// Macro-F1 of probabilities against 0/1 truth rows under decide()'s rule, with sklearn's conventions
// (single-label: over the labels present in truth or prediction; multi-label: every column).
double macroF1(const std::vector<std::vector<double>>& probabilities,
               const std::vector<std::vector<int>>& truthRows, bool multiLabel,
               const std::vector<double>& thresholds);

} // namespace memescope::metrics
