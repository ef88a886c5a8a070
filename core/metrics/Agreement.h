#pragma once

#include <cstdint>
#include <vector>

namespace memescope::metrics {

// Inter-annotator agreement (plain C++).
// Cohen's kappa of two raters over the same items (categories 0..k-1): (po - pe) / (1 - pe), with pe from
// each rater's own marginals; 1 when both agree perfectly and pe == 1 (one category only), as sklearn.
double cohenKappa(const std::vector<int>& a, const std::vector<int>& b, int categories);
// Fleiss' kappa: counts[item][category] = how many raters put the item in that category; every item needs
// the same number of raters n >= 2. Returns 1 for perfect agreement with a single category in use.
double fleissKappa(const std::vector<std::vector<int>>& counts);

} // namespace memescope::metrics
