#include "SampleTableModel.h"

#include <limits>

#include "ThumbnailProvider.h"

#include <QBrush>
#include <algorithm>
#include <cmath>

namespace memescope {

SampleTableModel::SampleTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SampleTableModel::setSamples(QVector<SampleRecord> samples, LabelSchema schema) {
    beginResetModel();
    samples_ = std::move(samples);
    schema_ = std::move(schema);
    rowById_.clear();
    rowById_.reserve(samples_.size());
    for (int i = 0; i < samples_.size(); ++i)
        rowById_.insert(samples_[i].id, i);
    predictions_ = {};
    ocrDone_.clear();
    endResetModel();
}

void SampleTableModel::setThumbnailProvider(ThumbnailProvider* provider) {
    thumbnails_ = provider;
    connect(provider, &ThumbnailProvider::thumbnailReady, this, [this](int64_t rowId) {
        const int row = rowOf(rowId);
        if (row >= 0) Q_EMIT dataChanged(index(row, IdColumn), index(row, IdColumn), {Qt::DecorationRole});
    });
}

void SampleTableModel::setPredictions(QHash<int64_t, QVector<float>> probabilities,
                                      QVector<float> thresholds) {
    predictions_ = RunPredictions(std::move(probabilities), std::move(thresholds), schema_.isMultiLabel());
    if (!samples_.isEmpty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SampleTableModel::setOcrDone(QSet<int64_t> rowIds) {
    ocrDone_ = std::move(rowIds);
    if (!samples_.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {OcrDoneRole});
}

void SampleTableModel::setDuplicates(QSet<int64_t> grouped, QSet<int64_t> leakedIntoTest) {
    if (grouped == grouped_ && leakedIntoTest == leakedIntoTest_) return;
    grouped_ = std::move(grouped);
    leakedIntoTest_ = std::move(leakedIntoTest);
    if (!samples_.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {DuplicateRole});
}

void SampleTableModel::setReviewOrder(const QVector<qint64>& rowIds) {
    reviewRank_.clear();
    for (int i = 0; i < rowIds.size(); ++i)
        reviewRank_.insert(rowIds[i], i);
    // Only the sort role changed: no view shows it, the proxy sorts by it on the next sort().
}

void SampleTableModel::setPredictionsHidden(bool hidden) {
    predictionsHidden_ = hidden;
    if (!samples_.isEmpty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SampleTableModel::updateLabels(const QHash<int64_t, std::optional<uint64_t>>& masks) {
    // Many rows (blind mode on or off): one signal for all, not thousands for the proxies to digest.
    const bool many = masks.size() > 256;
    for (auto it = masks.begin(); it != masks.end(); ++it) {
        const int row = rowOf(it.key());
        if (row < 0) continue;
        samples_[row].labelMask = it.value();
        if (!many) Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (many && !samples_.isEmpty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SampleTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(samples_.size());
}

int SampleTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= samples_.size()) return {};
    const SampleRecord& s = samples_[index.row()];
    switch (role) {
    case RowIdRole:
        return qint64(s.id);
    case LabelMaskRole:
        return s.labelMask ? QVariant(qulonglong(*s.labelMask)) : QVariant();
    case OcrDoneRole:
        return ocrDone_.contains(s.id);
    case SearchTextRole:
        return s.sampleId + '\n' + s.ocrText + '\n' + s.figurativeReasoning + '\n' + s.mentalState + '\n' +
               s.causeEffect + '\n' + s.figurativeUnderstanding;
    case HasImageRole:
        return s.imageStatus == ImageStatus::Ok;
    case DuplicateRole:
        return int(duplicateOf(s.id));
    case CaptionRole:
        return s.ocrText;
    case PredictedMaskRole:
        if (predictionsHidden_ || !predictions_.confidence(s.id)) return {};
        return qulonglong(predictedMask(s.id));
    case UncertaintyRole:
        return predictions_.uncertainty(s.id).value_or(-1.0);
    case ReviewRankRole:
        return reviewRank_.value(s.id, std::numeric_limits<int>::max());
    case ConfidenceRole:
        if (predictionsHidden_) return {};
        if (const auto c = predictions_.confidence(s.id)) return *c;
        return {};
    case CorrectRole:
        if (predictionsHidden_) return {};
        if (const auto c = predictions_.correct(s.id, s.labelMask)) return *c;
        return {};
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case IdColumn:
            return s.sampleId;
        case SplitColumn:
            return s.split;
        case LabelsColumn:
            if (!s.labelMask) return role == Qt::DisplayRole ? tr("(unlabelled)") : QVariant();
            if (*s.labelMask == 0) return tr("(none)");
            return schema_.namesOf(*s.labelMask).join(", ");
        case PredictionColumn: {
            const auto confidence = predictions_.confidence(s.id);
            if (!confidence || predictionsHidden_) return {};
            const uint64_t m = predictedMask(s.id);
            const QString names = m ? schema_.namesOf(m).join(", ") : tr("(none)");
            return QStringLiteral("%1 (%2)").arg(names).arg(*confidence, 0, 'f', 2);
        }
        case ImageColumn:
            return s.imageStatus == ImageStatus::Ok ? tr("ok") : imageStatusToString(s.imageStatus);
        case TextColumn: {
            QString t = s.ocrText;
            if (role == Qt::DisplayRole) t.replace('\n', QStringLiteral(" / "));
            return t;
        }
        }
    }
    if (role == Qt::DecorationRole && index.column() == IdColumn && thumbnails_) {
        if (s.imageStatus != ImageStatus::Ok) return thumbnails_->thumbnail(s.id, QString());
        // Asked on every paint of the tile: the image's path is resolved only when it has to be decoded.
        if (std::optional<QIcon> known = thumbnails_->known(s.id)) return *known;
        return thumbnails_->thumbnail(s.id, resolve_ ? resolve_(s.imagePath) : s.imagePath);
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == ImageColumn && s.imageStatus != ImageStatus::Ok)
            return QBrush(QColor(190, 60, 40));
        if (index.column() == LabelsColumn && !s.labelMask) return QBrush(Qt::gray);
        if (const auto right = predictions_.correct(s.id, s.labelMask);
            right && index.column() == PredictionColumn && !predictionsHidden_)
            return QBrush(*right ? QColor(40, 130, 60) : QColor(190, 60, 40));
    }
    if (role == Qt::DecorationRole && index.column() == LabelsColumn && s.labelMask && *s.labelMask) {
        for (int i = 0; i < schema_.size(); ++i)
            if (*s.labelMask & (uint64_t(1) << i)) return schema_.labels()[i].color;
    }
    return {};
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Sample");
    case SplitColumn:
        return tr("Split");
    case LabelsColumn:
        return tr("Labels");
    case PredictionColumn:
        return tr("Prediction");
    case ImageColumn:
        return tr("Image");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

} // namespace memescope
