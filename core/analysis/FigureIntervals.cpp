#include "FigureIntervals.h"

#include "core/metrics/Bootstrap.h"

#include <QJsonArray>

namespace memescope {
namespace {

IntervalFigure figure(const metrics::Interval& i) {
    return {i.low, i.high, i.shown, QString::fromStdString(i.reason)};
}

SplitIntervals fromResult(const metrics::BootstrapResult& r, int numLabels) {
    SplitIntervals s;
    s.confidence = r.options.confidence;
    s.resamples = r.options.resamples;
    s.seed = r.options.seed;
    s.stratified = r.options.stratified;
    s.reason = QString::fromStdString(r.reason);
    s.accuracy = figure(r.accuracy);
    s.macroF1 = figure(r.macroF1);
    s.weightedF1 = figure(r.weightedF1);
    s.microF1 = figure(r.microF1);
    // Labels absent from the test set (neither true nor predicted) have no figures to bound.
    s.perClassF1 = QVector<IntervalFigure>(
        numLabels, IntervalFigure{0, 0, false, QStringLiteral("absent from the split")});
    for (const metrics::ClassIntervals& c : r.perClass)
        if (c.label >= 0 && c.label < numLabels) s.perClassF1[c.label] = figure(c.f1);
    return s;
}

} // namespace

QJsonObject IntervalFigure::toJson() const {
    if (shown) return {{"ci_low", low}, {"ci_high", high}};
    return {{"reason", reason}};
}

IntervalFigure IntervalFigure::fromJson(const QJsonObject& o) {
    IntervalFigure f;
    f.shown = o.contains("ci_low") && o.contains("ci_high");
    f.low = o.value("ci_low").toDouble();
    f.high = o.value("ci_high").toDouble();
    f.reason = o.value("reason").toString();
    return f;
}

QJsonObject SplitIntervals::toJson() const {
    QJsonObject o{{"method", stratified ? "percentile bootstrap over memes, stratified by class"
                                        : "percentile bootstrap over memes"},
                  {"confidence", confidence},
                  {"resamples", resamples},
                  {"seed", QString::number(seed)}, // 64-bit: as text, JSON numbers are doubles
                  {"accuracy", accuracy.toJson()},
                  {"macro_f1", macroF1.toJson()},
                  {"weighted_f1", weightedF1.toJson()},
                  {"micro_f1", microF1.toJson()}};
    if (!reason.isEmpty()) o["reason"] = reason;
    QJsonArray perClass;
    for (const IntervalFigure& f : perClassF1)
        perClass.append(f.toJson());
    o["per_class_f1"] = perClass;
    return o;
}

SplitIntervals SplitIntervals::fromJson(const QJsonObject& o) {
    SplitIntervals s;
    s.confidence = o.value("confidence").toDouble(0.95);
    s.resamples = o.value("resamples").toInt();
    s.seed = o.value("seed").toString().toULongLong();
    s.stratified = o.value("method").toString().contains("stratified");
    s.reason = o.value("reason").toString();
    s.accuracy = IntervalFigure::fromJson(o.value("accuracy").toObject());
    s.macroF1 = IntervalFigure::fromJson(o.value("macro_f1").toObject());
    s.weightedF1 = IntervalFigure::fromJson(o.value("weighted_f1").toObject());
    s.microF1 = IntervalFigure::fromJson(o.value("micro_f1").toObject());
    for (const QJsonValue& v : o.value("per_class_f1").toArray())
        s.perClassF1 << IntervalFigure::fromJson(v.toObject());
    return s;
}

SplitIntervals singleLabelIntervals(const std::vector<int>& yTrue, const std::vector<int>& yPred,
                                    int numLabels) {
    return fromResult(metrics::bootstrapSingleLabel(yTrue, yPred, numLabels), numLabels);
}

SplitIntervals multiLabelIntervals(const std::vector<std::vector<int>>& yTrue,
                                   const std::vector<std::vector<int>>& yPred, int numLabels) {
    return fromResult(metrics::bootstrapMultiLabel(yTrue, yPred, numLabels), numLabels);
}

QString withInterval(double value, const IntervalFigure& interval, int decimals) {
    const QString v = QString::number(value, 'f', decimals);
    if (!interval.shown) return v;
    const int d = qMax(2, decimals - 1);
    return QStringLiteral("%1 (%2–%3)")
        .arg(v, QString::number(interval.low, 'f', d), QString::number(interval.high, 'f', d));
}

} // namespace memescope
