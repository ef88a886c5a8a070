#include "Agreement.h"

#include <limits>

#include "core/metrics/Agreement.h"

#include <algorithm>

namespace memescope {
namespace {

// Single-label category of a mask: the label index, or `labels` for "none"/several.
int category(uint64_t mask, int labels) {
    for (int i = 0; i < labels; ++i)
        if (mask == (uint64_t(1) << i)) return i;
    return labels;
}

} // namespace

AgreementReport computeAgreement(const QHash<int64_t, QHash<QString, uint64_t>>& labels,
                                 const LabelSchema& schema) {
    AgreementReport r;
    for (const auto& byAnnotator : labels)
        for (auto it = byAnnotator.begin(); it != byAnnotator.end(); ++it)
            if (!r.annotators.contains(it.key())) r.annotators << it.key();
    r.annotators.sort();
    const int n = schema.size();
    QVector<int64_t> samples = QVector<int64_t>(labels.keyBegin(), labels.keyEnd());
    std::sort(samples.begin(), samples.end());
    for (int i = 0; i < r.annotators.size(); ++i)
        for (int j = i + 1; j < r.annotators.size(); ++j) {
            PairAgreement p;
            p.a = r.annotators[i];
            p.b = r.annotators[j];
            std::vector<int> ca, cb;
            std::vector<std::vector<int>> la(static_cast<size_t>(n)), lb(static_cast<size_t>(n));
            for (int64_t s : samples) {
                const auto& m = labels[s];
                if (!m.contains(p.a) || !m.contains(p.b)) continue;
                const uint64_t x = m[p.a], y = m[p.b];
                ++p.shared;
                if (x != y) p.disagreements << s;
                ca.push_back(category(x, n));
                cb.push_back(category(y, n));
                for (int l = 0; l < n; ++l) {
                    la[size_t(l)].push_back(int((x >> l) & 1));
                    lb[size_t(l)].push_back(int((y >> l) & 1));
                }
            }
            if (p.shared > 0) {
                if (schema.isMultiLabel()) {
                    double sum = 0;
                    for (int l = 0; l < n; ++l) {
                        p.perLabel << metrics::cohenKappa(la[size_t(l)], lb[size_t(l)], 2);
                        sum += p.perLabel.last();
                    }
                    p.kappa = n ? sum / n : 0;
                } else {
                    p.kappa = metrics::cohenKappa(ca, cb, n + 1);
                }
            }
            r.pairs << p;
        }
    if (r.annotators.size() >= 2) {
        std::vector<std::vector<int>> single;
        std::vector<std::vector<std::vector<int>>> perLabel(static_cast<size_t>(n));
        for (int64_t s : samples) {
            const auto& m = labels[s];
            if (m.size() != r.annotators.size()) continue;
            ++r.sharedByAll;
            std::vector<int> row(size_t(n + 1), 0);
            for (uint64_t mask : m)
                row[size_t(category(mask, n))]++;
            single.push_back(row);
            for (int l = 0; l < n; ++l) {
                std::vector<int> b(2, 0);
                for (uint64_t mask : m)
                    b[(mask >> l) & 1]++;
                perLabel[size_t(l)].push_back(b);
            }
        }
        std::vector<std::vector<int>> units;
        std::vector<std::vector<std::vector<int>>> unitsPerLabel(static_cast<size_t>(n));
        for (int64_t s : samples) {
            const auto& m = labels[s];
            if (m.size() < 2) continue;
            ++r.pairable;
            std::vector<int> values;
            for (uint64_t mask : m)
                values.push_back(category(mask, n));
            units.push_back(values);
            for (int l = 0; l < n; ++l) {
                std::vector<int> b;
                for (uint64_t mask : m)
                    b.push_back(int((mask >> l) & 1));
                unitsPerLabel[size_t(l)].push_back(b);
            }
        }
        if (schema.isMultiLabel()) {
            double sum = 0;
            for (int l = 0; l < n; ++l) {
                r.alphaPerLabel << metrics::krippendorffAlphaNominal(unitsPerLabel[size_t(l)], 2);
                sum += r.alphaPerLabel.last();
            }
            r.alpha = n ? sum / n : std::numeric_limits<double>::quiet_NaN();
        } else {
            r.alpha = metrics::krippendorffAlphaNominal(units, n + 1);
        }
        if (r.sharedByAll > 0) {
            if (schema.isMultiLabel()) {
                double sum = 0;
                for (int l = 0; l < n; ++l) {
                    r.fleissPerLabel << metrics::fleissKappa(perLabel[size_t(l)]);
                    sum += r.fleissPerLabel.last();
                }
                r.fleiss = n ? sum / n : 0;
            } else {
                r.fleiss = metrics::fleissKappa(single);
            }
        }
    }
    return r;
}

} // namespace memescope
