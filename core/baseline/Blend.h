#pragma once

#include <vector>

namespace memescope::baseline {

// Wide-and-deep by stacking: the network's probabilities and the TF-IDF baseline's, mixed as
// (1 - weight) * net + weight * tfidf, row by row. One rule for training, evaluation and the inspector.
std::vector<double> blend(const std::vector<double>& net, const std::vector<double>& tfidf, double weight);
std::vector<std::vector<double>> blend(const std::vector<std::vector<double>>& net,
                                       const std::vector<std::vector<double>>& tfidf, double weight);

// The candidate weights tried on validation, from 0 (the network alone) to 1 (the baseline alone).
std::vector<double> blendWeightGrid();

} // namespace memescope::baseline
