#include "EvaluationReport.h"

#include "core/metrics/ClassificationMetrics.h"
#include "core/metrics/ThresholdTuning.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace memescope {
namespace {

template <typename M> QJsonArray matrixJson(const M& m) {
    QJsonArray rows;
    for (const auto& row : m) {
        QJsonArray r;
        for (qint64 v : row)
            r.append(v);
        rows.append(r);
    }
    return rows;
}

QVector<QVector<qint64>> matrixFromJson(const QJsonArray& a) {
    QVector<QVector<qint64>> m;
    for (const QJsonValue& row : a) {
        QVector<qint64> r;
        for (const QJsonValue& v : row.toArray())
            r << v.toInteger();
        m << r;
    }
    return m;
}

} // namespace

QJsonObject LeakFreeFigures::toJson() const {
    QJsonObject o{{"samples", samples},
                  {"removed", removed},
                  {"accuracy", accuracy},
                  {"macro_f1", macroF1},
                  {"weighted_f1", weightedF1},
                  {"micro_f1", microF1},
                  {"text_threshold", textThreshold},
                  {"image_distance", imageDistance}};
    if (intervals) o.insert("intervals", intervals->toJson());
    return o;
}

LeakFreeFigures LeakFreeFigures::fromJson(const QJsonObject& o) {
    LeakFreeFigures f;
    f.samples = o.value("samples").toInt();
    f.removed = o.value("removed").toInt();
    f.accuracy = o.value("accuracy").toDouble();
    f.macroF1 = o.value("macro_f1").toDouble();
    f.weightedF1 = o.value("weighted_f1").toDouble();
    f.microF1 = o.value("micro_f1").toDouble();
    f.textThreshold = o.value("text_threshold").toDouble();
    f.imageDistance = o.value("image_distance").toInt();
    if (o.value("intervals").isObject())
        f.intervals = SplitIntervals::fromJson(o.value("intervals").toObject());
    return f;
}

SplitEvaluation SplitEvaluation::fromJson(const QJsonObject& o) {
    SplitEvaluation e;
    e.split = o.value("split").toString();
    e.samples = o.value("samples").toInt();
    e.accuracy = o.value("accuracy").toDouble();
    e.macroF1 = o.value("macro_f1").toDouble();
    e.weightedF1 = o.value("weighted_f1").toDouble();
    e.microF1 = o.value("micro_f1").toDouble();
    for (const QJsonValue& v : o.value("per_class").toArray()) {
        const QJsonObject c = v.toObject();
        e.perClass << ClassFigures{c.value("label").toString(), c.value("precision").toDouble(),
                                   c.value("recall").toDouble(), c.value("f1").toDouble(),
                                   c.value("support").toInteger()};
    }
    e.confusion = matrixFromJson(o.value("confusion").toArray());
    for (const QJsonValue& m : o.value("per_label_confusion").toArray())
        e.perLabelConfusion << matrixFromJson(m.toArray());
    if (o.value("intervals").isObject())
        e.intervals = SplitIntervals::fromJson(o.value("intervals").toObject());
    if (o.value("leak_free").isObject())
        e.leakFree = LeakFreeFigures::fromJson(o.value("leak_free").toObject());
    return e;
}

QJsonObject SplitEvaluation::toJson() const {
    QJsonObject o{{"split", split},      {"samples", samples},        {"accuracy", accuracy},
                  {"macro_f1", macroF1}, {"weighted_f1", weightedF1}, {"micro_f1", microF1}};
    QJsonArray classes;
    for (const ClassFigures& c : perClass)
        classes.append(QJsonObject{{"label", c.label},
                                   {"precision", c.precision},
                                   {"recall", c.recall},
                                   {"f1", c.f1},
                                   {"support", c.support}});
    o["per_class"] = classes;
    o["confusion"] = matrixJson(confusion);
    if (!perLabelConfusion.isEmpty()) {
        QJsonArray per;
        for (const auto& m : perLabelConfusion)
            per.append(matrixJson(m));
        o["per_label_confusion"] = per;
    }
    if (leakFree) o["leak_free"] = leakFree->toJson();
    if (intervals) o["intervals"] = intervals->toJson();
    return o;
}

QVector<int> predictedLabels(const QVector<float>& probabilities, bool multiLabel,
                             const QVector<float>& thresholds) {
    std::vector<int> row(size_t(probabilities.size()));
    metrics::decideRow(probabilities.constData(), row.size(), multiLabel, thresholds.constData(),
                       size_t(thresholds.size()), row.data());
    QVector<int> out;
    for (int i = 0; i < int(row.size()); ++i)
        if (row[size_t(i)]) out << i;
    return out;
}

SplitEvaluation evaluateProbabilities(const QString& split, const QVector<QVector<float>>& probabilities,
                                      const QVector<QVector<int>>& truth, const LabelSchema& schema,
                                      const QVector<float>& thresholds, bool withIntervals) {
    SplitEvaluation e;
    e.split = split;
    e.samples = int(probabilities.size());
    const int n = schema.size();
    metrics::Report r;
    if (schema.isMultiLabel()) {
        std::vector<std::vector<int>> yTrue, yPred;
        for (int i = 0; i < probabilities.size(); ++i) {
            std::vector<int> t(size_t(n), 0), p(size_t(n), 0);
            for (int l : truth[i])
                t[size_t(l)] = 1;
            for (int l : predictedLabels(probabilities[i], true, thresholds))
                p[size_t(l)] = 1;
            yTrue.push_back(t);
            yPred.push_back(p);
        }
        r = metrics::multiLabelReport(yTrue, yPred, n);
        if (withIntervals) e.intervals = multiLabelIntervals(yTrue, yPred, n);
        for (const auto& row : metrics::labelCooccurrence(yTrue, yPred, n))
            e.confusion << QVector<qint64>(row.begin(), row.end());
        for (const auto& m : metrics::multiLabelConfusion(yTrue, yPred, n)) {
            QVector<QVector<qint64>> q;
            for (const auto& row : m)
                q << QVector<qint64>(row.begin(), row.end());
            e.perLabelConfusion << q;
        }
    } else {
        std::vector<int> yTrue, yPred;
        for (int i = 0; i < probabilities.size(); ++i) {
            yTrue.push_back(truth[i].value(0));
            yPred.push_back(predictedLabels(probabilities[i], false).value(0));
        }
        // Averages as scikit-learn's default (labels present in truth or predictions); the per-class table
        // lists every label of the schema (an absent one with zeros and support 0).
        r = metrics::singleLabelReport(yTrue, yPred, n);
        const metrics::Report all = metrics::singleLabelReport(yTrue, yPred, n, metrics::LabelSet::AllLabels);
        r.perClass = all.perClass;
        if (withIntervals) e.intervals = singleLabelIntervals(yTrue, yPred, n);
        for (const auto& row : metrics::confusionMatrix(yTrue, yPred, n))
            e.confusion << QVector<qint64>(row.begin(), row.end());
    }
    e.accuracy = r.accuracy;
    e.macroF1 = r.macroF1;
    e.weightedF1 = r.weightedF1;
    e.microF1 = r.microF1;
    for (const metrics::ClassScores& c : r.perClass)
        e.perClass << ClassFigures{schema.names().value(c.label), c.precision, c.recall, c.f1, c.support};
    return e;
}

LeakFreeFigures leakFreeFigures(const QVector<QVector<float>>& probabilities,
                                const QVector<QVector<int>>& truth, const QVector<int64_t>& rowIds,
                                const LeakedMemes& leaked, const LabelSchema& schema,
                                const QVector<float>& thresholds) {
    QVector<QVector<float>> keptProbabilities;
    QVector<QVector<int>> keptTruth;
    for (int i = 0; i < probabilities.size(); ++i) {
        if (leaked.rowIds.contains(rowIds.value(i))) continue;
        keptProbabilities << probabilities[i];
        keptTruth << truth[i];
    }
    LeakFreeFigures f;
    f.samples = int(keptProbabilities.size());
    f.removed = int(probabilities.size()) - f.samples;
    f.textThreshold = leaked.textThreshold;
    f.imageDistance = leaked.imageDistance;
    if (f.samples > 0) {
        // With their own intervals: fewer memes than the whole split, so wider ones (said beside the figure).
        const SplitEvaluation e =
            evaluateProbabilities(QString(), keptProbabilities, keptTruth, schema, thresholds, true);
        f.intervals = e.intervals;
        f.accuracy = e.accuracy;
        f.macroF1 = e.macroF1;
        f.weightedF1 = e.weightedF1;
        f.microF1 = e.microF1;
    }
    return f;
}

QString describeLeakFree(const SplitEvaluation& e, int decimals) {
    if (!e.leakFree) return {};
    const LeakFreeFigures& f = *e.leakFree;
    const QString rule =
        QCoreApplication::translate("memescope::Leaks", "duplicates: captions %1 alike or more, "
                                                        "pictures within %2 bits")
            .arg(f.textThreshold, 0, 'f', 2)
            .arg(f.imageDistance);
    if (f.removed == 0)
        return QCoreApplication::translate(
                   "memescope::Leaks", "none of the %1 %2 memes repeats a training or validation meme (%3)")
            .arg(e.samples)
            .arg(e.split, rule);
    if (f.samples == 0)
        return QCoreApplication::translate(
                   "memescope::Leaks", "every one of the %1 %2 memes repeats a training or validation meme: "
                                       "no leak-free figures (%3)")
            .arg(e.samples)
            .arg(e.split, rule);
    return QCoreApplication::translate("memescope::Leaks",
                                       "macro-F1 %1 on all %2 %3 memes; %4 on the %5 that repeat "
                                       "no training or validation meme (%6 left out; %7)")
        .arg(e.intervals ? withInterval(e.macroF1, e.intervals->macroF1, decimals)
                         : QString::number(e.macroF1, 'f', decimals))
        .arg(e.samples)
        .arg(e.split)
        .arg(f.intervals ? withInterval(f.macroF1, f.intervals->macroF1, decimals)
                         : QString::number(f.macroF1, 'f', decimals))
        .arg(f.samples)
        .arg(f.removed)
        .arg(rule);
}

} // namespace memescope
