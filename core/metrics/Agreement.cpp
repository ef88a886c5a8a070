#include "Agreement.h"

#include <limits>
#include <stdexcept>

namespace memescope::metrics {

double cohenKappa(const std::vector<int>& a, const std::vector<int>& b, int categories) {
    if (a.size() != b.size())
        throw std::invalid_argument("cohenKappa: the raters rated different numbers of items");
    const double n = double(a.size());
    if (a.empty()) return 0;
    std::vector<double> ma(size_t(categories), 0), mb(size_t(categories), 0);
    double agree = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        agree += a[i] == b[i];
        ma[size_t(a[i])] += 1;
        mb[size_t(b[i])] += 1;
    }
    const double po = agree / n;
    double pe = 0;
    for (int k = 0; k < categories; ++k)
        pe += (ma[size_t(k)] / n) * (mb[size_t(k)] / n);
    if (pe >= 1.0) return po >= 1.0 ? 1.0 : 0.0;
    return (po - pe) / (1.0 - pe);
}

double fleissKappa(const std::vector<std::vector<int>>& counts) {
    if (counts.empty()) return 0;
    const size_t k = counts[0].size();
    int n = 0;
    for (int c : counts[0])
        n += c;
    if (n < 2) throw std::invalid_argument("fleissKappa: every item needs at least two ratings");
    std::vector<double> p(k, 0);
    double pBar = 0;
    for (const auto& row : counts) {
        int rowN = 0;
        double agreePairs = 0;
        for (size_t j = 0; j < k; ++j) {
            rowN += row[j];
            agreePairs += double(row[j]) * double(row[j] - 1);
            p[j] += row[j];
        }
        if (rowN != n) throw std::invalid_argument("fleissKappa: items have different numbers of ratings");
        pBar += agreePairs / (double(n) * double(n - 1));
    }
    const double items = double(counts.size());
    pBar /= items;
    double pe = 0;
    for (double& pj : p) {
        pj /= items * n;
        pe += pj * pj;
    }
    if (pe >= 1.0) return pBar >= 1.0 ? 1.0 : 0.0;
    return (pBar - pe) / (1.0 - pe);
}

double krippendorffAlphaNominal(const std::vector<std::vector<int>>& units, int categories) {
    const size_t k = size_t(categories);
    std::vector<double> coincidences(k * k, 0.0);
    for (const auto& values : units) {
        const size_t m = values.size();
        if (m < 2) continue;
        for (size_t i = 0; i < m; ++i)
            for (size_t j = 0; j < m; ++j) {
                if (i == j) continue;
                const int a = values[i], b = values[j];
                if (a < 0 || b < 0 || a >= categories || b >= categories)
                    throw std::invalid_argument(
                        "krippendorffAlphaNominal: a value is outside 0..categories-1");
                coincidences[size_t(a) * k + size_t(b)] += 1.0 / double(m - 1);
            }
    }
    std::vector<double> marginal(k, 0.0);
    double n = 0, observed = 0;
    for (size_t c = 0; c < k; ++c)
        for (size_t d = 0; d < k; ++d) {
            marginal[c] += coincidences[c * k + d];
            n += coincidences[c * k + d];
            if (c != d) observed += coincidences[c * k + d];
        }
    if (n == 0) return std::numeric_limits<double>::quiet_NaN();
    double expected = 0;
    for (size_t c = 0; c < k; ++c)
        for (size_t d = 0; d < k; ++d)
            if (c != d) expected += marginal[c] * marginal[d];
    if (expected == 0) return observed == 0 ? 1.0 : 0.0;
    return 1.0 - (n - 1.0) * observed / expected;
}

} // namespace memescope::metrics
