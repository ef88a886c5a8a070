#include "SampleTableModel.h"

#include <QBrush>

namespace memescope {

SampleTableModel::SampleTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SampleTableModel::setSamples(QVector<SampleRecord> samples, LabelSchema schema) {
    beginResetModel();
    samples_ = std::move(samples);
    schema_ = std::move(schema);
    endResetModel();
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
        case ImageColumn:
            return s.imageStatus == ImageStatus::Ok ? tr("ok") : imageStatusToString(s.imageStatus);
        case TextColumn: {
            QString t = s.ocrText;
            if (role == Qt::DisplayRole) t.replace('\n', QStringLiteral(" / "));
            return t;
        }
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == ImageColumn && s.imageStatus != ImageStatus::Ok)
            return QBrush(QColor(190, 60, 40));
        if (index.column() == LabelsColumn && !s.labelMask) return QBrush(Qt::gray);
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
    case ImageColumn:
        return tr("Image");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

} // namespace memescope
