#pragma once

#include "RunPredictions.h"
#include "core/store/SampleRecord.h"

#include <QVector>

namespace memescope::duplicates {
struct ProjectDuplicates;
}

namespace memescope {

// Why a labelled meme is up for a second look.
enum class ReviewReason {
    ConflictingRepost, // it repeats another meme that carries other labels (one of the two is likely wrong)
    ModelDisagrees,    // the selected run predicts other labels, and gives the given ones little probability
};

struct ReviewItem {
    qint64 rowId = 0;
    ReviewReason reason = ReviewReason::ModelDisagrees;
    int group = -1;      // ConflictingRepost: the duplicate group (its members come one after another)
    double support = -1; // ModelDisagrees: the mean probability of the given labels (lowest first)
};

// The second-pass (review) queue over labelled memes, cleanlab-style: first the members of duplicate groups
// whose labelled members disagree (group by group, so the reposts are seen side by side), then the memes
// whose prediction differs from their labels, the least supported labels first (Northcutt et al. 2021's
// ranking by the probability of the given label). Either part may be missing: no duplicate result, or no
// run. On training memes the run's probabilities are in-sample, weaker evidence than on val and test.
QVector<ReviewItem> reviewQueue(const QVector<SampleRecord>& samples, const RunPredictions* predictions,
                                const duplicates::ProjectDuplicates* duplicates);

} // namespace memescope
