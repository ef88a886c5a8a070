#pragma once

#include "LabelConsensus.h"
#include "SampleRecord.h"

#include <QHash>
#include <QStringList>
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

    // Records one answer per sample by `annotator` (even one equal to the current label: agreeing is an
    // answer too) and re-derives each sample's current label by the project's consensus rule, in one
    // transaction. Returns the annotations' ids (for undo). Model suggestions are kept as history only.
    QVector<int64_t> annotate(const QVector<int64_t>& sampleIds, const QVector<uint64_t>& masks,
                              const QString& annotator, AnnotationOrigin origin, bool adjudication = false);
    // Undo (true) / redo (false) of answers: a retracted answer neither counts nor shows in the history;
    // the current labels of their samples are derived again. One transaction.
    void setRetracted(const QVector<int64_t>& annotationIds, bool retracted);
    // The current label of a sample with its support (who answered, who agrees, an adjudicator).
    LabelConsensus consensus(int64_t sampleRowId);
    // The stored current labels of some samples (nullopt: unlabelled).
    QHash<int64_t, std::optional<uint64_t>> currentLabels(const QVector<int64_t>& sampleIds);
    // One annotator's own latest answers (sample row id -> mask): blind labelling shows only these.
    QHash<int64_t, uint64_t> answersOf(const QString& annotator);

    QVector<SampleRecord> loadAll(); // ordered by source file, source index, id
    std::optional<SampleRecord> find(const QString& sampleId);
    QHash<QString, int64_t> idsBySampleId();
    int count();
    QVector<AnnotationRecord> history(int64_t sampleRowId);
    // Each annotator's latest labels per sample (dataset and human origins; model suggestions, undone
    // answers and adjudications excluded): sample row id -> annotator -> mask. For inter-annotator agreement.
    QHash<int64_t, QHash<QString, uint64_t>> latestByAnnotator();
    // The names under which labels came from dataset files (not from a person), e.g. "dataset".
    QStringList datasetRaters();

private:
    void refreshConsensus(const QVector<int64_t>& sampleIds);

    ProjectStore& store_;
};

} // namespace memescope
