#pragma once

#include "DuplicateTypes.h"

#include <QString>
#include <QVector>

namespace memescope::duplicates {

struct ProjectDuplicates;

// A known repost: `copy` repeats `original` in the way `kind` says (the demo plants them and lists them in
// demo_reposts.json; a lab can write the same file for reposts it knows of).
struct PlantedRepost {
    QString original, copy;
    DuplicateKind kind = DuplicateKind::SameMeme;
};

// Reads {"reposts": [{"original": ID, "copy": ID, "kind": "same_meme" | ...}, ...]}. Throws StoreError naming
// the file and the problem (unreadable, not JSON, an entry without ids, an unknown kind).
QVector<PlantedRepost> readPlantedReposts(const QString& path);

// How well detection found the known reposts, per kind: a known pair is found when both memes are in one
// group; a detected pair (two memes of one group) is right when it is a known pair. Precision per kind counts
// the detected pairs of groups of that kind; recall the known pairs of that kind. Ids not in the project are
// skipped (counted in `unknownIds`).
struct RepostScore {
    DuplicateKind kind = DuplicateKind::SameMeme;
    int known = 0, found = 0;      // recall = found / known
    int detected = 0, correct = 0; // precision = correct / detected
    double recall() const { return known ? double(found) / known : 0; }
    double precision() const { return detected ? double(correct) / detected : 0; }
};
struct RepostScores {
    QVector<RepostScore> byKind; // SameMeme, SameTextOtherImage, SameImageOtherText, TextOnly, Mixed
    RepostScore all;
    int unknownIds = 0;
};
RepostScores scorePlantedReposts(const ProjectDuplicates& found, const QVector<PlantedRepost>& known);

} // namespace memescope::duplicates
