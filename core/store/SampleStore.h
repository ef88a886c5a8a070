#pragma once

#include "SampleRecord.h"

#include <QHash>
#include <QVector>
#include <optional>

namespace memescope {

class ProjectStore;

// Reads and writes samples and their annotations. Every multi-row write is one transaction.
class SampleStore {
public:
    explicit SampleStore(ProjectStore& store)
        : store_(store) {}

    // Inserts samples (and one annotation each when labelMask is set) in one transaction; fills ids.
    void insertSamples(QVector<SampleRecord>& samples, const QString& annotator, AnnotationOrigin origin);
    // Updates text fields and image of existing samples (matched by id), in one transaction.
    void updateSampleContents(const QVector<SampleRecord>& samples);

    // Appends an annotation to each sample's history and updates the current labels, in one transaction.
    void annotate(const QVector<int64_t>& sampleIds, const QVector<uint64_t>& masks, const QString& annotator,
                  AnnotationOrigin origin);

    // Sets current labels where some may become "unlabelled" again (undo of a first labelling): present
    // masks are recorded as human annotations, absent ones clear the current labels; one transaction.
    void setLabels(const QVector<int64_t>& sampleIds, const QVector<std::optional<uint64_t>>& masks,
                   const QString& annotator);

    QVector<SampleRecord> loadAll(); // ordered by source file, source index, id
    std::optional<SampleRecord> find(const QString& sampleId);
    QHash<QString, int64_t> idsBySampleId();
    int count();
    QVector<AnnotationRecord> history(int64_t sampleRowId);
    // Each annotator's latest labels per sample (dataset and human origins; model suggestions excluded):
    // sample row id -> annotator -> mask. For inter-annotator agreement.
    QHash<int64_t, QHash<QString, uint64_t>> latestByAnnotator();

private:
    ProjectStore& store_;
};

} // namespace memescope
