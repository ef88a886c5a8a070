#include "MultipleComparisons.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace memescope::metrics {

HolmResult holmBonferroni(const std::vector<double>& pValues, double alpha) {
    for (double p : pValues)
        if (!(p >= 0 && p <= 1)) throw std::invalid_argument("holmBonferroni: a p-value is outside [0, 1]");
    const size_t m = pValues.size();
    std::vector<size_t> order(m);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return pValues[a] < pValues[b]; });
    HolmResult r{std::vector<double>(m, 0.0), std::vector<bool>(m, false)};
    // The running maximum makes the adjusted values monotone in the order of the raw ones, which is what
    // "step-down" means: once one hypothesis is kept, every larger p is kept too.
    double running = 0;
    for (size_t rank = 0; rank < m; ++rank) {
        const size_t i = order[rank];
        running = std::max(running, std::min(1.0, double(m - rank) * pValues[i]));
        r.adjusted[i] = running;
        r.survives[i] = running <= alpha;
    }
    return r;
}

} // namespace memescope::metrics
