#pragma once

#include "Bootstrap.h"

#include <cstdint>
#include <string>
#include <vector>

namespace memescope::metrics {

// Comparing two systems, A and B, on the SAME test memes with the same truth. Every function refuses
// (std::invalid_argument naming the mismatch) when the systems' item counts or label counts differ.
//
// Labels: both systems are scored over one fixed label list, the labels present in the truth or in
// either system's predictions on the original items (multi-label: every column), so the two macro-F1s
// average over the same classes. This can differ from subtracting two separate singleLabelReports when
// one system predicts a label that is nowhere in the truth and the other never predicts it.

enum class Metric { Accuracy, MacroF1, WeightedF1, MicroF1 };
const char* metricName(Metric metric); // "accuracy", "macro-F1", ...

// Paired bootstrap of metric(B) - metric(A): each resample draws items (within each true class when
// options.stratified, single-label only) and scores both systems on the same draws.
struct PairedDifference {
    Metric metric = Metric::MacroF1;
    double scoreA = 0, scoreB = 0;
    Interval difference; // estimate = scoreB - scoreA
    BootstrapOptions options;
    int64_t items = 0;
};
PairedDifference pairedBootstrapSingleLabel(const std::vector<int>& yTrue, const std::vector<int>& predA,
                                            const std::vector<int>& predB, int numLabels, Metric metric,
                                            const BootstrapOptions& options = {});
PairedDifference pairedBootstrapMultiLabel(const std::vector<std::vector<int>>& yTrue,
                                           const std::vector<std::vector<int>>& predA,
                                           const std::vector<std::vector<int>>& predB, int numLabels,
                                           Metric metric, const BootstrapOptions& options = {});

// Paired approximate randomisation (Noreen 1989; Riezler & Maxwell 2005; Dror et al. 2018): under the
// null hypothesis the two systems' outputs are exchangeable item by item, so each shuffle swaps A's and
// B's prediction of each item with probability 1/2 and rescores. Two-sided:
// p = (#{shuffles with |d*| >= |d|} + 1) / (shuffles + 1), d = metric(B) - metric(A). "|d*| >= |d|" allows
// the relative tolerance scipy.stats.permutation_test uses (max(1e-14, 1e-14 |d|)) so that theoretically
// equal scores differing in the last bit count as ties. Items where A and B agree are unchanged by a swap
// and are skipped; items with the same truth and the same pair of predictions are interchangeable, so a
// shuffle draws only how many of each such group swap: the set bits among that many fresh bits of
// std::mt19937_64(seed) (whole outputs, then the low bits of one more), groups in order of first appearance.
struct RandomisationOptions {
    int64_t shuffles = 10000;
    uint64_t seed = 20261207;
};
struct PairedTestResult {
    Metric metric = Metric::MacroF1;
    double scoreA = 0, scoreB = 0, difference = 0; // difference = scoreB - scoreA
    double pValue = 1;
    bool exact = false;
    int64_t shuffles = 0;  // random shuffles, or 2^(differing items) arrangements for the exact test
    int64_t differing = 0; // items where A and B predict differently
    uint64_t seed = 0;     // 0 for the exact test
};
PairedTestResult randomisationTestSingleLabel(const std::vector<int>& yTrue, const std::vector<int>& predA,
                                              const std::vector<int>& predB, int numLabels, Metric metric,
                                              const RandomisationOptions& options = {});
PairedTestResult randomisationTestMultiLabel(const std::vector<std::vector<int>>& yTrue,
                                             const std::vector<std::vector<int>>& predA,
                                             const std::vector<std::vector<int>>& predB, int numLabels,
                                             Metric metric, const RandomisationOptions& options = {});

// The exact permutation test for the same statistic: all 2^n swap patterns instead of random ones, p =
// #{|d*| >= |d|} / 2^n (the identity included, no +1). Enumerating only the items where A and B differ
// gives the same p (the others multiply every count by the same factor). Equals
// scipy.stats.permutation_test(permutation_type='samples', n_resamples=inf, alternative='two-sided') for
// this symmetric statistic. Refuses more than kMaxExactItems differing items.
inline constexpr int kMaxExactItems = 20;
PairedTestResult exactPermutationTestSingleLabel(const std::vector<int>& yTrue, const std::vector<int>& predA,
                                                 const std::vector<int>& predB, int numLabels, Metric metric);
PairedTestResult exactPermutationTestMultiLabel(const std::vector<std::vector<int>>& yTrue,
                                                const std::vector<std::vector<int>>& predA,
                                                const std::vector<std::vector<int>>& predB, int numLabels,
                                                Metric metric);

// Plain words: "distinguishable from noise at 0.05" or "not distinguishable from noise at 0.05".
std::string verdict(double pValue, double alpha = 0.05);
// A sentence for a report, e.g. "macro-F1 B - A = +0.0312, p = 0.0043 (randomisation test, 10000
// shuffles): distinguishable from noise at 0.05".
std::string verdict(const PairedTestResult& result, double alpha = 0.05);

} // namespace memescope::metrics
