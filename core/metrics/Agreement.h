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
// Krippendorff's alpha for nominal data: units[u] holds the values (categories 0..k-1) the coders who
// rated unit u gave it, so coders may skip units; units with fewer than two values are not pairable and
// ignored. alpha = 1 - (n - 1) * sum_{c != k} o_ck / sum_{c != k} n_c n_k from the coincidence matrix.
// Returns 1 when no disagreement is possible and none is observed, NaN when nothing is pairable.
double krippendorffAlphaNominal(const std::vector<std::vector<int>>& units, int categories);

} // namespace memescope::metrics
