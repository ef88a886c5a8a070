#pragma once

#include "FigureIntervals.h"

#include <QPair>
#include <QString>
#include <QVector>
#include <cstdint>

namespace memescope {

class ProjectStore;

// What an ablation's test figures rest on, per variant: its seed-averaged predictions (the mean of its runs'
// probabilities per test meme, decided with the mean of their thresholds) scored with a 95 % bootstrap
// interval over the test memes, and compared with the reference variant (the first) by a paired approximate
// randomisation test on macro-F1, Holm-corrected across the variants (core/metrics). Seeds are averaged first
// so the interval and the test are about the variant, not one lucky seed; the test memes are resampled, so
// they are about the sample of memes too.
struct VariantSignificance {
    QString variant;
    bool reference = false;
    int memes = 0;
    double macroF1 = 0;      // of the seed-averaged predictions
    IntervalFigure interval; // its 95 % interval
    bool compared = false;   // false for the reference
    double pValue = 1, pHolm = 1;
    bool survives = false; // Holm-adjusted p < alpha
};

// runsByVariant: each variant's finished run ids, the reference first. Memes without a prediction in some run
// are left out of every variant (the comparison needs the same memes). Throws Error when no test meme is
// left.
QVector<VariantSignificance>
ablationSignificance(ProjectStore& store, const QVector<QPair<QString, QVector<int64_t>>>& runsByVariant,
                     double alpha = 0.05, int64_t shuffles = 10000);

} // namespace memescope
