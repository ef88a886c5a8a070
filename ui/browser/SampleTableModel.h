#pragma once

#include "core/store/LabelSchema.h"
#include "core/store/SampleRecord.h"

#include <QAbstractTableModel>
#include <QVector>

namespace memescope {

// The project's samples as a flat table (id, split, labels, image, text). Holds plain records in memory:
// 100,000 samples take a few tens of MB and sort/filter instantly.
class SampleTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, SplitColumn, LabelsColumn, ImageColumn, TextColumn, ColumnCount };

    explicit SampleTableModel(QObject* parent = nullptr);
    void setSamples(QVector<SampleRecord> samples, LabelSchema schema);
    const SampleRecord& sampleAt(int row) const { return samples_[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<SampleRecord> samples_;
    LabelSchema schema_;
};

} // namespace memescope
