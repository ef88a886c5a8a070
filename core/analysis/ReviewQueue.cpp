#include "ReviewQueue.h"

#include "core/duplicates/ProjectDuplicates.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace memescope {

QVector<ReviewItem> reviewQueue(const QVector<SampleRecord>& samples, const RunPredictions* predictions,
                                const duplicates::ProjectDuplicates* duplicates) {
    QVector<ReviewItem> queue;
    QSet<qint64> queued;
    QHash<qint64, const SampleRecord*> byRow;
    for (const SampleRecord& s : samples)
        byRow.insert(s.id, &s);
    if (duplicates) {
        const auto& groups = duplicates->report.groups;
        for (int g = 0; g < int(groups.size()); ++g) {
            if (!groups[size_t(g)].conflictingLabels) continue;
            for (const int m : groups[size_t(g)].members) {
                const qint64 row = duplicates->samples.value(m).rowId;
                const SampleRecord* s = byRow.value(row);
                if (!s || !s->labelMask || queued.contains(row))
                    continue; // labelled now, still in the project
                queue.append({row, ReviewReason::ConflictingRepost, g, -1});
                queued.insert(row);
            }
        }
    }
    if (predictions) {
        QVector<ReviewItem> disagreements;
        for (const SampleRecord& s : samples) {
            if (!s.labelMask || queued.contains(s.id)) continue;
            const std::optional<bool> correct = predictions->correct(s.id, s.labelMask);
            if (!correct || *correct) continue;
            // "No symptom" has no label to support: the prediction's confidence stands in (1 - it).
            const std::optional<double> support = predictions->supportForLabels(s.id, *s.labelMask);
            const double value = support ? *support : 1.0 - predictions->confidence(s.id).value_or(0.0);
            disagreements.append({s.id, ReviewReason::ModelDisagrees, -1, value});
        }
        std::stable_sort(disagreements.begin(), disagreements.end(),
                         [](const ReviewItem& a, const ReviewItem& b) { return a.support < b.support; });
        queue += disagreements;
    }
    return queue;
}

} // namespace memescope
