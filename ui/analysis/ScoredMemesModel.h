#pragma once

#include "core/analysis/ErrorAnalysis.h"

#include <QAbstractListModel>

namespace memescope {

class SampleTableModel;

// A few memes of the session's model in a chosen order with a score each (the most confident mistakes, the
// suspected label errors), for a thumbnail grid: every role is the session model's (thumbnail, labels,
// prediction, right/wrong), plus GalleryTileDelegate::ScoreRole. Follows the session model's changes
// (thumbnails arriving, labels changing).
class ScoredMemesModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit ScoredMemesModel(const SampleTableModel* samples, QObject* parent = nullptr);
    void setItems(QVector<ScoredSample> items);
    qint64 rowIdAt(int row) const { return items_.value(row).rowId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    const SampleTableModel* samples_;
    QVector<ScoredSample> items_;
};

} // namespace memescope
