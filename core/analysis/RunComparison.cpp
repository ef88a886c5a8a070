#include "RunComparison.h"

#include "LabelMasks.h"
#include "RunPredictions.h"
#include "RunSummary.h"
#include "core/metrics/PairedTests.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/util/Error.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace memescope {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("memescope::RunComparison", text);
}

} // namespace

RunComparison compareRuns(ProjectStore& store, const RunRecord& a, const RunRecord& b, Split split,
                          int64_t shuffles, double alpha) {
    const LabelSchema schema = store.labelSchema();
    const bool multi = schema.isMultiLabel();
    RunStore runs(store);
    const RunPredictions pa(runs.predictions(a.id), RunSummary::of(a).thresholds, multi);
    const RunPredictions pb(runs.predictions(b.id), RunSummary::of(b).thresholds, multi);
    std::vector<uint64_t> truth, predA, predB;
    int missingA = 0, missingB = 0;
    for (const SampleRecord& s : SampleStore(store).loadAll()) {
        if (splitFromString(s.split) != split || !s.labelMask) continue;
        const bool hasA = pa.probabilitiesOf(s.id) != nullptr, hasB = pb.probabilitiesOf(s.id) != nullptr;
        missingA += hasA ? 0 : 1;
        missingB += hasB ? 0 : 1;
        if (!hasA || !hasB) continue;
        truth.push_back(*s.labelMask);
        predA.push_back(pa.predictedMask(s.id));
        predB.push_back(pb.predictedMask(s.id));
    }
    if (missingA || missingB)
        throw Error(
            tr("%1 and %2 were not scored on the same memes: %3 has no prediction for %4 of the %5 "
               "memes, %6 for %7 (memes added after one of them was trained); compare runs trained on "
               "the same memes, or evaluate the older one again")
                .arg(a.name, b.name, a.name)
                .arg(missingA)
                .arg(splitDisplayName(split))
                .arg(b.name)
                .arg(missingB));
    if (truth.size() < 2)
        throw Error(tr("the %1 split has %2 labelled meme(s): nothing to compare")
                        .arg(splitDisplayName(split))
                        .arg(truth.size()));

    RunComparison c;
    c.nameA = a.name;
    c.nameB = b.name;
    c.split = split;
    c.memes = int(truth.size());
    c.alpha = alpha;
    const int n = schema.size();
    metrics::BootstrapOptions bo;
    metrics::RandomisationOptions ro;
    ro.shuffles = shuffles;
    c.resamples = bo.resamples;
    c.seed = bo.seed;
    for (size_t i = 0; i < truth.size(); ++i)
        c.differing += predA[i] != predB[i] ? 1 : 0;
    const std::vector<int> yTrue = firstLabels(truth), yA = firstLabels(predA), yB = firstLabels(predB);
    const std::vector<std::vector<int>> mTrue = indicatorRows(truth, n), mA = indicatorRows(predA, n),
                                        mB = indicatorRows(predB, n);
    for (const metrics::Metric m : {metrics::Metric::Accuracy, metrics::Metric::MacroF1,
                                    metrics::Metric::WeightedF1, metrics::Metric::MicroF1}) {
        const metrics::PairedDifference d =
            multi ? metrics::pairedBootstrapMultiLabel(mTrue, mA, mB, n, m, bo)
                  : metrics::pairedBootstrapSingleLabel(yTrue, yA, yB, n, m, bo);
        const metrics::PairedTestResult t =
            multi ? metrics::randomisationTestMultiLabel(mTrue, mA, mB, n, m, ro)
                  : metrics::randomisationTestSingleLabel(yTrue, yA, yB, n, m, ro);
        MetricComparison mc;
        mc.metric = QString::fromUtf8(metrics::metricName(m));
        mc.a = d.scoreA;
        mc.b = d.scoreB;
        mc.difference = d.difference.estimate;
        mc.low = d.difference.low;
        mc.high = d.difference.high;
        mc.intervalShown = d.difference.shown;
        mc.intervalReason = QString::fromStdString(d.difference.reason);
        mc.pValue = t.pValue;
        mc.shuffles = t.shuffles;
        mc.distinguishable = t.pValue < alpha;
        c.metrics << mc;
    }
    return c;
}

QJsonObject RunComparison::toJson() const {
    QJsonArray rows;
    for (const MetricComparison& m : metrics) {
        QJsonObject o{{"metric", m.metric},
                      {"a", m.a},
                      {"b", m.b},
                      {"difference", m.difference},
                      {"p_value", m.pValue},
                      {"shuffles", qint64(m.shuffles)},
                      {"distinguishable", m.distinguishable}};
        if (m.intervalShown) {
            o["ci_low"] = m.low;
            o["ci_high"] = m.high;
        } else {
            o["interval_reason"] = m.intervalReason;
        }
        rows.append(o);
    }
    return {{"run_a", nameA},
            {"run_b", nameB},
            {"split", splitToString(split)},
            {"memes", memes},
            {"memes_predicted_differently", differing},
            {"alpha", alpha},
            {"test", "paired approximate randomisation, two-sided"},
            {"interval", "paired percentile bootstrap of B - A, 95 %"},
            {"resamples", resamples},
            {"seed", QString::number(seed)},
            {"metrics", rows}};
}

QString RunComparison::toText() const {
    QString t = tr("%1 (A) against %2 (B) on the same %3 %4 memes (%5 predicted differently)\n")
                    .arg(nameA, nameB)
                    .arg(memes)
                    .arg(splitDisplayName(split))
                    .arg(differing);
    t += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
             .arg(tr("metric"), -12)
             .arg("A", 7)
             .arg("B", 7)
             .arg("B - A", 8)
             .arg(tr("95 % interval"), -18)
             .arg("p", 7);
    for (const MetricComparison& m : metrics) {
        const QString interval = m.intervalShown
                                     ? QStringLiteral("%1 to %2").arg(m.low, 0, 'f', 3).arg(m.high, 0, 'f', 3)
                                     : m.intervalReason.left(18);
        t += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(m.metric, -12)
                 .arg(m.a, 7, 'f', 3)
                 .arg(m.b, 7, 'f', 3)
                 .arg(m.difference, 8, 'f', 3)
                 .arg(interval, -18)
                 .arg(m.pValue, 7, 'f', 4);
    }
    for (const MetricComparison& m : metrics)
        t += (m.distinguishable
                  ? tr("%1: the difference is distinguishable from noise at %2 (p = %3).")
                  : tr("%1: the difference is not distinguishable from noise at %2 (p = %3): on these "
                       "memes the two runs may be equally good."))
                 .arg(m.metric)
                 .arg(alpha)
                 .arg(m.pValue, 0, 'g', 3) +
             '\n';
    t += tr("p: paired approximate randomisation (%1 shuffles); interval: paired percentile bootstrap (%2 "
            "resamples, seed %3).")
             .arg(metrics.isEmpty() ? 0 : metrics.first().shuffles)
             .arg(resamples)
             .arg(seed);
    return t;
}

} // namespace memescope
