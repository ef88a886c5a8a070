#pragma once

#include "FigureIntervals.h"
#include "core/store/LabelSchema.h"

#include <QHash>
#include <QStringList>
#include <QVector>
#include <optional>

namespace memescope {

struct PairAgreement {
    QString a, b;
    int shared = 0;   // samples both labelled
    double kappa = 0; // Cohen's kappa (single-label over categories; multi-label: mean of per-label kappas)
    QVector<double> perLabel;      // multi-label: Cohen's kappa per label
    QVector<qint64> disagreements; // shared samples where their labels differ
    // The 95 % bootstrap interval of kappa (resampling the shared memes); nullopt when not computed.
    std::optional<IntervalFigure> kappaInterval;
};

struct AgreementReport {
    QStringList annotators;
    QVector<PairAgreement> pairs;
    // Fleiss' kappa over the samples every annotator labelled: single-label one value (perLabel empty);
    // multi-label one per label (binary) and their mean.
    int sharedByAll = 0;
    double fleiss = 0;
    QVector<double> fleissPerLabel;
    // Krippendorff's alpha (nominal) over every meme two or more annotators labelled (it allows gaps):
    // single-label one value; multi-label one per label (binary) and their mean. NaN when none.
    int pairable = 0;
    double alpha = 0;
    QVector<double> alphaPerLabel;
    // The 95 % bootstrap interval of alpha (resampling the pairable memes); nullopt when not computed.
    std::optional<IntervalFigure> alphaInterval;
    int resamples = 0; // of the intervals, with the seed that reproduces them
    quint64 seed = 0;
};

// Agreement between the annotators of a project, from each one's latest labels per sample
// (SampleStore::latestByAnnotator). "No symptom" (an empty mask) counts as its own category.
// withIntervals: also the percentile-bootstrap intervals of every pair's Cohen's kappa and of Krippendorff's
// alpha (core/metrics/Bootstrap.h; for multi-label data, of their mean over the labels); they cost about
// 2,000 times the figures themselves, so a caller with many memes computes them off the GUI thread.
AgreementReport computeAgreement(const QHash<int64_t, QHash<QString, uint64_t>>& labels,
                                 const LabelSchema& schema, bool withIntervals = false);

// The same labels with only these raters' answers (a meme no chosen rater labelled is left out): agreement
// among the people, without the dataset file's labels counted as one more rater, or with them when asked.
QHash<int64_t, QHash<QString, uint64_t>> onlyRaters(const QHash<int64_t, QHash<QString, uint64_t>>& labels,
                                                    const QStringList& raters);

} // namespace memescope
