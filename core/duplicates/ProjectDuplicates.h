#pragma once

#include "DuplicateTypes.h"
#include "core/analysis/EvaluationReport.h"
#include "core/util/JobContext.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace memescope {
class ProjectStore;
}

namespace memescope::duplicates {

// One meme of a project as the duplicate report names it.
struct DuplicateSample {
    int64_t rowId = 0;
    QString sampleId;
    QString text;      // what was compared (the dataset's caption, else OCR's)
    QString imagePath; // stored form ('' for text-only)
    Split split = Split::Unassigned;
    std::optional<uint64_t> labels;
};

struct ProjectDuplicates {
    DuplicateReport report; // indices refer to samples
    QVector<DuplicateSample> samples;
    int imagesWithoutHash = 0; // usable images with no hash (undecodable, flat, or not hashed yet)

    // Row ids of the test memes that repeat a training or validation meme.
    QSet<int64_t> leakedTestRowIds() const;
    int groupCount(DuplicateKind kind) const;
    // Leaking groups per pair of splits ("train-test", "train-val", "val-test").
    QHash<QString, int> leaksBySplitPair() const;
    int conflictingGroups() const;
    // Row ids of the memes in groups whose members carry different labels (a repost labelled otherwise):
    // suspected label errors, whatever a model says.
    QSet<int64_t> conflictingRowIds() const;

    // Computes the missing image hashes first (ImageHashJob, with progress), then finds the groups.
    // Throws std::invalid_argument for settings out of range, StoreError for a store failure.
    // `splitScheme` (a named split scheme, SplitSchemeStore): which split each meme is in for the leaks;
    // empty or "original": the dataset's own.
    static ProjectDuplicates find(ProjectStore& store, const DuplicateSettings& settings,
                                  const JobContext& job = {}, const QString& splitScheme = {});
    // The same without hashing (a read-only project, or hashes known to be complete): images without a
    // stored hash take part by their text only (counted in imagesWithoutHash).
    static ProjectDuplicates findWithStoredHashes(ProjectStore& store, const DuplicateSettings& settings,
                                                  const JobContext& job = {},
                                                  const QString& splitScheme = {});

    // The project's duplicate settings (defaults until changed), kept in the project so every figure that
    // rests on them is recomputed alike.
    static DuplicateSettings projectSettings(ProjectStore& store);
    static void setProjectSettings(ProjectStore& store, const DuplicateSettings& settings); // validated
    // The test memes that repeat a training or validation meme under the project's settings, for the
    // leak-free test figures (hashing missing images first when the store is writable).
    static LeakedMemes leakedTestMemes(ProjectStore& store, const JobContext& job = {},
                                       const QString& splitScheme = {});
};

} // namespace memescope::duplicates
