#include "ScoredMemesModel.h"

#include "ui/browser/GalleryTileDelegate.h"
#include "ui/browser/SampleTableModel.h"

namespace memescope {

ScoredMemesModel::ScoredMemesModel(const SampleTableModel* samples, QObject* parent)
    : QAbstractListModel(parent)
    , samples_(samples) {
    // A handful of rows: any change of the session's model repaints them all.
    connect(samples_, &QAbstractItemModel::dataChanged, this, [this] {
        if (!items_.isEmpty()) Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
    connect(samples_, &QAbstractItemModel::modelReset, this, [this] { setItems({}); });
}

void ScoredMemesModel::setItems(QVector<ScoredSample> items) {
    beginResetModel();
    items_ = std::move(items);
    endResetModel();
}

int ScoredMemesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(items_.size());
}

QVariant ScoredMemesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= items_.size()) return {};
    const ScoredSample& item = items_[index.row()];
    if (role == GalleryTileDelegate::ScoreRole) return item.score;
    const int row = samples_->rowOf(item.rowId);
    if (row < 0) return {};
    return samples_->index(row, SampleTableModel::IdColumn).data(role);
}

} // namespace memescope
