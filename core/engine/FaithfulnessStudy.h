#pragma once

#include "ModelSession.h"
#include "core/demo/DemoTruth.h"
#include "core/util/JobContext.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace memescope {

// One meme to test the relevance maps on.
struct FaithfulnessMeme {
    QString sampleId;
    QString imagePath; // empty: text only
    QString text;
    QStringList labels;                 // the given labels (names)
    std::optional<DemoMemeTruth> truth; // where the label's evidence is, when known (the demo records it)
};

struct FaithfulnessOptions {
    QVector<ExplanationMethod> methods = {ExplanationMethod::RawAttention, ExplanationMethod::Relevance,
                                          ExplanationMethod::IntegratedGradients};
    int igSteps = 32;
    int randomOrders = 3; // random deletion orders averaged per meme (the floor)
    uint32_t seed = 1;
};

// A figure with its 95 % percentile-bootstrap interval over the memes (none below 20 memes).
struct FaithfulnessFigure {
    double value = 0;
    int memes = 0;
    bool hasInterval = false;
    double low = 0, high = 0;
    QString reason; // why there is no interval or no figure
};

// One method's (or the random floor's) row of the table.
struct FaithfulnessRow {
    QString method;                         // "attention", "relevance", "integrated-gradients" or "random"
    QString displayName;                    // for people
    FaithfulnessFigure imageAopc, textAopc; // deletion: the mean AOPC of the meme's predicted class
    FaithfulnessFigure motifHits, wordHits; // pointing game: share of hits (random: the expected share)
    QVector<double> imageCurve, textCurve;  // the mean deletion curves (p at 0 %, 10 %, ..., 50 % removed)
    double secondsPerMeme = 0;              // computing the map (the floor: 0)
    int failures = 0;                       // memes this method could not explain (see problems)
};

// A paired comparison of two methods on the same memes: the mean per-meme difference with its interval.
struct FaithfulnessContrast {
    QString first, second; // method keys
    FaithfulnessFigure imageAopc, textAopc;
    FaithfulnessFigure motifHits, wordHits; // against random: hit minus the chance of a hit
};

struct FaithfulnessTable {
    QVector<FaithfulnessRow> rows;           // the methods asked for, then "random"
    QVector<FaithfulnessContrast> contrasts; // relevance against raw attention and against random
    int memes = 0;
    int withTruth = 0; // memes the pointing game could score
    QStringList problems;
    bool cancelled = false;

    QJsonObject toJson() const;
    QString toText() const;
};

// Deletion (AOPC) and the pointing game for each method on these memes with this model, through the same
// ModelSession::explain the inspector uses. Deletion hides the most relevant 10..50 % of the picture's
// patches (CLIP's mean colour) or of the caption's words (dropped) for the meme's predicted class and
// tracks the network's probability of that class. The pointing game explains each given label whose motif
// was drawn (or whose words are in the caption) and asks whether the top patch lies in the motif's box (the
// top word is one of the label's words). Progress counts memes; cancellation is checked between memes and
// inside integrated gradients.
FaithfulnessTable measureFaithfulness(ModelSession& session, const QVector<FaithfulnessMeme>& memes,
                                      const FaithfulnessOptions& options = {}, const JobContext& job = {});

} // namespace memescope
