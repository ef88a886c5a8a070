#pragma once

#include "core/store/RunStore.h"
#include "core/store/Split.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace memescope {

class ProjectStore;

// One metric of two runs on the same memes: B − A with its paired-bootstrap 95 % interval and the p-value
// of a paired approximate randomisation test (core/metrics/PairedTests.h).
struct MetricComparison {
    QString metric; // "macro-F1", ...
    double a = 0, b = 0, difference = 0;
    double low = 0, high = 0;
    bool intervalShown = false;
    QString intervalReason;
    double pValue = 1;
    int64_t shuffles = 0;
    bool distinguishable = false; // p < alpha
};

struct RunComparison {
    QString nameA, nameB;
    Split split = Split::Test;
    int memes = 0, differing = 0; // memes scored; memes the two runs predict differently
    double alpha = 0.05;
    int resamples = 0;
    quint64 seed = 0;
    QVector<MetricComparison> metrics; // accuracy, macro-F1, weighted-F1, micro-F1

    QJsonObject toJson() const;
    QString toText() const; // a table and a sentence per metric, for the CLI and the GUI
};

// Compares two finished runs of a project on the labelled memes of `split`, using their stored predictions.
// Throws Error naming the difference when they cannot be compared: a run without predictions for some of
// those memes (trained before they were added), or fewer than two memes.
RunComparison compareRuns(ProjectStore& store, const RunRecord& a, const RunRecord& b,
                          Split split = Split::Test, int64_t shuffles = 10000, double alpha = 0.05);

} // namespace memescope
