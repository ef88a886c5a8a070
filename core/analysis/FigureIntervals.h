#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>
#include <cstdint>
#include <vector>

namespace memescope {

// A figure's 95 % interval, or why it has none ("fewer than 20 test memes", "no positive test meme").
struct IntervalFigure {
    double low = 0, high = 0;
    bool shown = false;
    QString reason;

    QJsonObject toJson() const; // {"ci_low", "ci_high"} or {"reason"}
    static IntervalFigure fromJson(const QJsonObject& o);
};

// The intervals of a split's figures: a percentile bootstrap over its memes (core/metrics/Bootstrap.h),
// stratified by class for single-label tasks, with the resamples and seed that reproduce it.
struct SplitIntervals {
    double confidence = 0.95;
    int resamples = 0;
    quint64 seed = 0;
    bool stratified = false;
    QString reason; // why no interval is shown at all; empty otherwise
    IntervalFigure accuracy, macroF1, weightedF1, microF1;
    QVector<IntervalFigure> perClassF1; // one per label of the schema, in order

    QJsonObject toJson() const;
    static SplitIntervals fromJson(const QJsonObject& o);
};

// Bootstraps the figures of single-label predictions (label indices) or multi-label ones (rows of 0/1).
SplitIntervals singleLabelIntervals(const std::vector<int>& yTrue, const std::vector<int>& yPred,
                                    int numLabels);
SplitIntervals multiLabelIntervals(const std::vector<std::vector<int>>& yTrue,
                                   const std::vector<std::vector<int>>& yPred, int numLabels);

// "0.578 (0.49–0.66)"; the value alone when the interval is not shown.
QString withInterval(double value, const IntervalFigure& interval, int decimals = 3);

} // namespace memescope
