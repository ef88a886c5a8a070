#pragma once

#include "EvaluationReport.h"
#include "core/store/RunStore.h"

#include <QString>
#include <QVector>

namespace memescope {

// What a finished run measured, typed: read once from the run's stored summary (the result.json the
// training wrote), so no panel, report or command reads metric keys by hand.
struct RunSummary {
    int bestEpoch = 0, epochs = 0; // epochs: how many ran
    double seconds = 0;
    int64_t peakMemoryBytes = 0; // the training process's peak resident memory; 0: not measured
    QString device;
    SplitEvaluation val, test;
    QVector<float> thresholds;

    static RunSummary fromJson(const QJsonObject& summary);
    static RunSummary of(const RunRecord& run) { return fromJson(run.summary); }
};

} // namespace memescope
