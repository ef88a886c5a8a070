#include "AnnotatorAgreement.h"

#include "core/metrics/Agreement.h"
#include "core/metrics/Bootstrap.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace memescope {
namespace {

// Single-label category of a mask: the label index, or `labels` for "none"/several.
int category(uint64_t mask, int labels) {
    for (int i = 0; i < labels; ++i)
        if (mask == (uint64_t(1) << i)) return i;
    return labels;
}

// The mean of per-label values (multi-label agreement is averaged over the labels); 0 for none.
double mean(const QVector<double>& values) {
    return values.isEmpty() ? 0 : std::accumulate(values.begin(), values.end(), 0.0) / values.size();
}

// An interval as the reports carry it. Too few memes is said the same way for kappa and alpha, single- or
// multi-label (the generic bootstrap would speak of "items").
IntervalFigure figureOf(const metrics::BootstrapEstimate& e) {
    IntervalFigure f{e.interval.low, e.interval.high, e.interval.shown,
                     QString::fromStdString(e.interval.reason)};
    if (!f.shown && e.items < metrics::kMinBootstrapItems)
        f.reason = QStringLiteral("fewer than 20 rated memes");
    return f;
}

} // namespace

AgreementReport computeAgreement(const QHash<int64_t, QHash<QString, uint64_t>>& labels,
                                 const LabelSchema& schema, bool withIntervals) {
    AgreementReport r;
    const metrics::BootstrapOptions bootstrap;
    if (withIntervals) {
        r.resamples = bootstrap.resamples;
        r.seed = bootstrap.seed;
    }
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
                    for (int l = 0; l < n; ++l)
                        p.perLabel << metrics::cohenKappa(la[size_t(l)], lb[size_t(l)], 2);
                    p.kappa = mean(p.perLabel);
                } else {
                    p.kappa = metrics::cohenKappa(ca, cb, n + 1);
                }
            }
            if (withIntervals) {
                if (schema.isMultiLabel()) {
                    // Multi-label kappa is the mean over labels: each resample draws the memes once for all.
                    p.kappaInterval = figureOf(metrics::bootstrapStatistic(
                        p.shared,
                        [&](const std::vector<int>& drawn) {
                            QVector<double> kappas;
                            for (int l = 0; l < n; ++l) {
                                std::vector<int> x, y;
                                x.reserve(drawn.size());
                                y.reserve(drawn.size());
                                for (int i : drawn) {
                                    x.push_back(la[size_t(l)][size_t(i)]);
                                    y.push_back(lb[size_t(l)][size_t(i)]);
                                }
                                kappas << metrics::cohenKappa(x, y, 2);
                            }
                            return mean(kappas);
                        },
                        bootstrap));
                } else {
                    p.kappaInterval = figureOf(metrics::cohenKappaInterval(ca, cb, n + 1, bootstrap));
                }
            }
            r.pairs << p;
        }
    if (r.annotators.size() >= 2) {
        // One pass: Krippendorff's alpha takes every meme two or more annotators labelled (its values);
        // Fleiss' kappa only those everyone labelled (category counts).
        std::vector<std::vector<int>> units, fleissRows;
        std::vector<std::vector<std::vector<int>>> unitsPerLabel(static_cast<size_t>(n)),
            fleissRowsPerLabel(static_cast<size_t>(n));
        for (int64_t s : samples) {
            const auto& m = labels[s];
            if (m.size() < 2) continue;
            ++r.pairable;
            const bool everyone = m.size() == r.annotators.size();
            std::vector<int> values, counts(size_t(n + 1), 0);
            for (uint64_t mask : m) {
                values.push_back(category(mask, n));
                counts[size_t(values.back())]++;
            }
            units.push_back(values);
            if (everyone) fleissRows.push_back(counts);
            for (int l = 0; l < n; ++l) {
                std::vector<int> bits, bitCounts(2, 0);
                for (uint64_t mask : m) {
                    bits.push_back(int((mask >> l) & 1));
                    bitCounts[size_t(bits.back())]++;
                }
                unitsPerLabel[size_t(l)].push_back(bits);
                if (everyone) fleissRowsPerLabel[size_t(l)].push_back(bitCounts);
            }
        }
        r.sharedByAll = int(fleissRows.size());
        if (schema.isMultiLabel()) {
            for (int l = 0; l < n; ++l)
                r.alphaPerLabel << metrics::krippendorffAlphaNominal(unitsPerLabel[size_t(l)], 2);
            r.alpha = n ? mean(r.alphaPerLabel) : std::numeric_limits<double>::quiet_NaN();
        } else {
            r.alpha = metrics::krippendorffAlphaNominal(units, n + 1);
        }
        if (withIntervals) {
            if (schema.isMultiLabel()) {
                r.alphaInterval = figureOf(metrics::bootstrapStatistic(
                    r.pairable,
                    [&](const std::vector<int>& drawn) {
                        QVector<double> alphas;
                        std::vector<std::vector<int>> picked;
                        for (const auto& labelUnits : unitsPerLabel) {
                            picked.clear();
                            for (int i : drawn)
                                picked.push_back(labelUnits[size_t(i)]);
                            alphas << metrics::krippendorffAlphaNominal(picked, 2);
                        }
                        return mean(alphas);
                    },
                    bootstrap));
            } else {
                r.alphaInterval = figureOf(metrics::krippendorffAlphaInterval(units, n + 1, bootstrap));
            }
        }
        if (r.sharedByAll > 0) {
            if (schema.isMultiLabel()) {
                for (int l = 0; l < n; ++l)
                    r.fleissPerLabel << metrics::fleissKappa(fleissRowsPerLabel[size_t(l)]);
                r.fleiss = mean(r.fleissPerLabel);
            } else {
                r.fleiss = metrics::fleissKappa(fleissRows);
            }
        }
    }
    return r;
}

QHash<int64_t, QHash<QString, uint64_t>> onlyRaters(const QHash<int64_t, QHash<QString, uint64_t>>& labels,
                                                    const QStringList& raters) {
    QHash<int64_t, QHash<QString, uint64_t>> out;
    for (auto meme = labels.begin(); meme != labels.end(); ++meme) {
        QHash<QString, uint64_t> kept;
        for (auto answer = meme->begin(); answer != meme->end(); ++answer)
            if (raters.contains(answer.key())) kept.insert(answer.key(), answer.value());
        if (!kept.isEmpty()) out.insert(meme.key(), kept);
    }
    return out;
}

} // namespace memescope
