#pragma once

#include "core/store/Split.h"

#include <QHash>
#include <QString>

namespace memescope::duplicates {

struct ProjectDuplicates;

struct GroupAwareSplitSummary {
    int train = 0, val = 0, test = 0;
    int groupsKeptWhole = 0; // duplicate groups, each now inside one split
    int moved = 0;           // memes whose split differs from the one they had
};

// A new split of the memes that the given split puts in train / validation / test, in which every duplicate
// group lies in one split (no repost can leak), stratified by label: each group or lone meme is a unit,
// stratified by its first labelled member's rarest label (unlabelled units form a stratum of their own);
// within a stratum the units, shuffled with `seed` and then taken largest first, each go to the split that
// lacks the most memes for the stratum's share of the given split's proportions. Memes outside train /
// validation / test keep their split. Deterministic for a seed.
QHash<int64_t, Split> groupAwareSplit(const ProjectDuplicates& found, const QHash<int64_t, Split>& given,
                                      uint32_t seed = 42, GroupAwareSplitSummary* summary = nullptr);

} // namespace memescope::duplicates
