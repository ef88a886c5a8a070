#pragma once

#include <vector>

namespace memescope::metrics {

// Holm's (1979) step-down correction for several comparisons at once (e.g. one p-value per metric or per
// pair of runs): controls the family-wise error rate like Bonferroni, never rejects less.
struct HolmResult {
    std::vector<double> adjusted; // in input order: max over the i smallest of min(1, (m - j) p_(j)), j < i
    std::vector<bool> survives;   // adjusted <= alpha: distinguishable from noise after the correction
};
// Throws std::invalid_argument for a p-value outside [0, 1] (or NaN).
HolmResult holmBonferroni(const std::vector<double>& pValues, double alpha = 0.05);

} // namespace memescope::metrics
