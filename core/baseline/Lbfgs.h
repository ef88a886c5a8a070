#pragma once

#include <functional>
#include <vector>

namespace memescope::baseline {

// Value and gradient of a smooth objective at x (the gradient written into `gradient`, sized like x).
using Objective = std::function<double(const std::vector<double>& x, std::vector<double>& gradient)>;

struct LbfgsResult {
    int iterations = 0;
    double value = 0;
    bool converged = false; // largest |gradient| fell below the tolerance
};

// Limited-memory BFGS (two-loop recursion over the last `memory` steps) with a backtracking Armijo line
// search, the solver scikit-learn's LogisticRegression uses by default. Minimises in place from x.
// Deterministic: no threads, no randomness.
LbfgsResult minimiseLbfgs(std::vector<double>& x, const Objective& objective, int maxIterations,
                          double gradientTolerance, int memory = 10);

} // namespace memescope::baseline
