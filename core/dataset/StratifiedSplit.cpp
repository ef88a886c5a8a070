#include "StratifiedSplit.h"

#include <QMap>
#include <cmath>
#include <random>

namespace memescope {

QVector<bool> stratifiedHoldout(const QVector<int>& strata, double holdout, uint32_t seed) {
    QVector<bool> out(strata.size(), false);
    QMap<int, QVector<int>> members; // ordered by stratum, so the draw order is fixed
    for (int i = 0; i < strata.size(); ++i)
        members[strata[i]].push_back(i);
    std::mt19937 rng(seed);
    for (auto it = members.begin(); it != members.end(); ++it) {
        QVector<int>& idx = it.value();
        for (int i = int(idx.size()) - 1; i > 0; --i)
            std::swap(idx[i], idx[int(rng() % uint32_t(i + 1))]);
        const int take = int(std::lround(idx.size() * holdout));
        for (int k = 0; k < take; ++k)
            out[idx[k]] = true;
    }
    return out;
}

} // namespace memescope
