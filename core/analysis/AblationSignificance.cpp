#include "AblationSignificance.h"

#include "LabelMasks.h"
#include "RunPredictions.h"
#include "RunSummary.h"
#include "core/metrics/ClassificationMetrics.h"
#include "core/metrics/MultipleComparisons.h"
#include "core/metrics/PairedTests.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "core/store/Split.h"
#include "core/util/Error.h"

namespace memescope {
QVector<VariantSignificance>
ablationSignificance(ProjectStore& store, const QVector<QPair<QString, QVector<int64_t>>>& runsByVariant,
                     double alpha, int64_t shuffles) {
    const LabelSchema schema = store.labelSchema();
    const bool multi = schema.isMultiLabel();
    const int n = schema.size();
    RunStore runs(store);
    // Each variant's runs: predictions and thresholds.
    struct Variant {
        QVector<QHash<int64_t, QVector<float>>> probabilities;
        QVector<QVector<float>> thresholds;
    };
    QVector<Variant> variants;
    for (const auto& [name, ids] : runsByVariant) {
        Variant v;
        for (const int64_t id : ids) {
            v.probabilities << runs.predictions(id);
            v.thresholds << RunSummary::of(runs.run(id)).thresholds;
        }
        variants << v;
    }
    // The labelled test memes every run predicted.
    QVector<int64_t> memes;
    std::vector<uint64_t> truth;
    for (const SampleRecord& s : SampleStore(store).loadAll()) {
        if (splitFromString(s.split) != Split::Test || !s.labelMask) continue;
        bool everywhere = true;
        for (const Variant& v : variants)
            for (const auto& p : v.probabilities)
                everywhere = everywhere && p.contains(s.id);
        if (!everywhere) continue;
        memes << s.id;
        truth.push_back(*s.labelMask);
    }
    if (memes.isEmpty())
        throw Error(QStringLiteral("no labelled test meme has a prediction from every run of the study"));

    // Seed-averaged decisions per variant.
    QVector<std::vector<uint64_t>> decided;
    for (const Variant& v : variants) {
        QHash<int64_t, QVector<float>> mean;
        for (const int64_t m : memes) {
            QVector<float> sum(n, 0.f);
            for (const auto& p : v.probabilities)
                for (int l = 0; l < n && l < p.value(m).size(); ++l)
                    sum[l] += p.value(m)[l] / float(v.probabilities.size());
            mean.insert(m, sum);
        }
        QVector<float> thresholds;
        for (const QVector<float>& t : v.thresholds)
            for (int l = 0; l < t.size(); ++l) {
                if (thresholds.size() <= l) thresholds << 0.f;
                thresholds[l] += t[l] / float(v.thresholds.size());
            }
        const RunPredictions averaged(mean, thresholds, multi);
        std::vector<uint64_t> d;
        for (const int64_t m : memes)
            d.push_back(averaged.predictedMask(m));
        decided << d;
    }

    auto asSingle = [](const std::vector<uint64_t>& masks) { return firstLabels(masks); };
    auto asMulti = [n](const std::vector<uint64_t>& masks) { return indicatorRows(masks, n); };
    QVector<VariantSignificance> out;
    std::vector<double> pValues;
    metrics::RandomisationOptions ro;
    ro.shuffles = shuffles;
    for (int v = 0; v < variants.size(); ++v) {
        VariantSignificance s;
        s.variant = runsByVariant[v].first;
        s.reference = v == 0;
        s.memes = int(memes.size());
        const SplitIntervals ci = multi ? multiLabelIntervals(asMulti(truth), asMulti(decided[v]), n)
                                        : singleLabelIntervals(asSingle(truth), asSingle(decided[v]), n);
        s.interval = ci.macroF1;
        s.macroF1 = multi ? metrics::multiLabelReport(asMulti(truth), asMulti(decided[v]), n).macroF1
                          : metrics::singleLabelReport(asSingle(truth), asSingle(decided[v]), n).macroF1;
        if (v > 0) {
            const metrics::PairedTestResult t =
                multi ? metrics::randomisationTestMultiLabel(asMulti(truth), asMulti(decided[0]),
                                                             asMulti(decided[v]), n, metrics::Metric::MacroF1,
                                                             ro)
                      : metrics::randomisationTestSingleLabel(asSingle(truth), asSingle(decided[0]),
                                                              asSingle(decided[v]), n,
                                                              metrics::Metric::MacroF1, ro);
            s.pValue = t.pValue;
            s.compared = true;
            pValues.push_back(t.pValue);
        }
        out << s;
    }
    const metrics::HolmResult holm = metrics::holmBonferroni(pValues, alpha);
    for (int v = 1; v < out.size(); ++v) {
        out[v].pHolm = holm.adjusted[size_t(v - 1)];
        out[v].survives = holm.survives[size_t(v - 1)];
    }
    return out;
}

} // namespace memescope
