#pragma once

#include "core/analysis/RunPredictions.h"
#include "core/store/LabelSchema.h"
#include "core/store/SampleRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>
#include <functional>

namespace memescope {

class ThumbnailProvider;

// The project's samples as a flat table (id, split, labels, prediction, image, text), shared by the gallery
// (column 0, with thumbnails) and the table view. Holds plain records in memory: 100,000 samples take a few
// tens of MB and sort/filter instantly.
class SampleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SplitColumn,
        LabelsColumn,
        PredictionColumn,
        ImageColumn,
        TextColumn,
        ColumnCount
    };
    enum Role {
        RowIdRole = Qt::UserRole + 1, // qint64 sample row id
        LabelMaskRole,                // qulonglong, invalid when unlabelled
        ConfidenceRole,               // float: probability of the predicted label (invalid without a run)
        CorrectRole,                  // bool: prediction == labels (invalid without a run or labels)
        OcrDoneRole,                  // bool
        SearchTextRole,               // id + text + reasoning fields, for the search box
        UncertaintyRole,              // double 0..1: normalised entropy (single-label) or mean binary entropy
                                      // (multi-label) of the prediction; -1 without one (sorts last)
        HasImageRole,                 // bool: the image can be shown (else the meme is a text card)
        CaptionRole,                  // QString: the meme's text, for text cards
        PredictedMaskRole,            // qulonglong: the prediction (invalid without a run or when hidden)
        DuplicateRole,                // int, a Duplicate: whether the meme repeats another (needs a result)
        ReviewRankRole,               // int: place in the review queue (setReviewOrder); large when not in it
    };
    // Where a meme stands in the session's duplicate result (the gallery's mark and filter).
    enum class Duplicate { None = 0, Grouped = 1, LeaksIntoTest = 2 };

    explicit SampleTableModel(QObject* parent = nullptr);
    void setSamples(QVector<SampleRecord> samples, LabelSchema schema);
    void setThumbnailProvider(ThumbnailProvider* provider);
    // Turns a stored image path (relative to the project folder) into a file path, for thumbnails.
    void setPathResolver(std::function<QString(const QString&)> resolver) { resolve_ = std::move(resolver); }
    // The selected run's probabilities (by sample row id) and decision thresholds; empty = no run.
    void setPredictions(QHash<int64_t, QVector<float>> probabilities, QVector<float> thresholds);
    void setOcrDone(QSet<int64_t> rowIds);
    // The memes that share a duplicate group, and the test memes among them that repeat a training or
    // validation meme (the session's latest result; empty sets: none).
    void setDuplicates(QSet<int64_t> grouped, QSet<int64_t> leakedIntoTest);
    Duplicate duplicateOf(int64_t rowId) const {
        return leakedIntoTest_.contains(rowId) ? Duplicate::LeaksIntoTest
               : grouped_.contains(rowId)      ? Duplicate::Grouped
                                               : Duplicate::None;
    }
    // Blind labelling: the prediction column, its confidence and right/wrong are empty (the uncertainty,
    // which orders the labelling queue without saying which label, stays).
    void setPredictionsHidden(bool hidden);
    bool predictionsHidden() const { return predictionsHidden_; }
    // The review queue's order (row ids, first first); an empty list clears it.
    void setReviewOrder(const QVector<qint64>& rowIds);
    // Changes the shown labels of some samples in memory (after the store has them).
    void updateLabels(const QHash<int64_t, std::optional<uint64_t>>& masks);

    const SampleRecord& sampleAt(int row) const { return samples_[row]; }
    int rowOf(int64_t rowId) const { return rowById_.value(rowId, -1); }
    const LabelSchema& schema() const { return schema_; }
    const QVector<float>* probabilitiesOf(int64_t rowId) const { return predictions_.probabilitiesOf(rowId); }
    // Predicted label mask for a sample (0 when there is no prediction).
    uint64_t predictedMask(int64_t rowId) const { return predictions_.predictedMask(rowId); }
    bool hasPredictions() const { return !predictions_.isEmpty(); }
    const QVector<SampleRecord>& samples() const { return samples_; }
    const RunPredictions& predictions() const { return predictions_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<SampleRecord> samples_;
    QHash<int64_t, int> rowById_;
    LabelSchema schema_;
    RunPredictions predictions_;
    QSet<int64_t> ocrDone_;
    QSet<int64_t> grouped_, leakedIntoTest_;
    QHash<int64_t, int> reviewRank_;
    bool predictionsHidden_ = false;
    ThumbnailProvider* thumbnails_ = nullptr;
    std::function<QString(const QString&)> resolve_;
};

} // namespace memescope
