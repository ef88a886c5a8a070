#include "SampleFilterModel.h"

#include "SampleTableModel.h"

namespace memescope {

bool SampleFilter::isEmpty() const {
    return text.isEmpty() && split.isEmpty() && label < 0 && !unlabelledOnly && ocr == Ocr::Any &&
           correctness == Correctness::Any && minConfidence <= 0 && maxConfidence >= 1 && !restrictToRows &&
           duplicates == Duplicates::Any;
}

SampleFilterModel::SampleFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SampleFilterModel::setFilter(const SampleFilter& filter) {
    filter_ = filter;
    onlyRows_ = QSet<qint64>(filter.onlyRows.begin(), filter.onlyRows.end());
    // One layout change rather than invalidateFilter()'s removal of every run of rejected rows: with
    // 100,000 memes a text filter leaves thousands of gaps, each a rowsRemoved for both views to digest.
    invalidate();
}

bool SampleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    // Fast path over the records themselves: no QVariant or string building per row (100,000 rows per key).
    if (const auto* table = qobject_cast<const SampleTableModel*>(sourceModel())) {
        const SampleRecord& s = table->sampleAt(sourceRow);
        if (filter_.restrictToRows && !onlyRows_.contains(s.id)) return false;
        if (!filter_.split.isEmpty() && s.split != filter_.split) return false;
        if (filter_.unlabelledOnly && s.labelMask) return false;
        if (filter_.label >= 0 && (!s.labelMask || !(*s.labelMask & (1ULL << filter_.label)))) return false;
        if (filter_.duplicates != SampleFilter::Duplicates::Any &&
            int(table->duplicateOf(s.id)) < int(filter_.duplicates))
            return false;
        if (!filter_.text.isEmpty()) {
            const QString& t = filter_.text;
            const bool hit = s.sampleId.contains(t, Qt::CaseInsensitive) ||
                             s.ocrText.contains(t, Qt::CaseInsensitive) ||
                             s.figurativeReasoning.contains(t, Qt::CaseInsensitive) ||
                             s.mentalState.contains(t, Qt::CaseInsensitive) ||
                             s.causeEffect.contains(t, Qt::CaseInsensitive) ||
                             s.figurativeUnderstanding.contains(t, Qt::CaseInsensitive);
            if (!hit) return false;
        }
        if (filter_.ocr == SampleFilter::Ocr::Any && filter_.correctness == SampleFilter::Correctness::Any &&
            filter_.minConfidence <= 0 && filter_.maxConfidence >= 1)
            return true;
    }
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex idx = m->index(sourceRow, 0, sourceParent);
    if (filter_.restrictToRows && !onlyRows_.contains(idx.data(SampleTableModel::RowIdRole).toLongLong()))
        return false;
    if (!filter_.split.isEmpty() &&
        m->index(sourceRow, SampleTableModel::SplitColumn, sourceParent).data().toString() != filter_.split)
        return false;
    const QVariant mask = idx.data(SampleTableModel::LabelMaskRole);
    if (filter_.unlabelledOnly && mask.isValid()) return false;
    if (filter_.label >= 0 && (!mask.isValid() || !(mask.toULongLong() & (1ULL << filter_.label))))
        return false;
    if (filter_.duplicates != SampleFilter::Duplicates::Any &&
        idx.data(SampleTableModel::DuplicateRole).toInt() < int(filter_.duplicates))
        return false;
    if (filter_.ocr != SampleFilter::Ocr::Any &&
        idx.data(SampleTableModel::OcrDoneRole).toBool() != (filter_.ocr == SampleFilter::Ocr::Done))
        return false;
    if (filter_.correctness != SampleFilter::Correctness::Any) {
        const QVariant correct = idx.data(SampleTableModel::CorrectRole);
        if (!correct.isValid() ||
            correct.toBool() != (filter_.correctness == SampleFilter::Correctness::Correct))
            return false;
    }
    if (filter_.minConfidence > 0 || filter_.maxConfidence < 1) {
        const QVariant c = idx.data(SampleTableModel::ConfidenceRole);
        if (!c.isValid() || c.toDouble() < filter_.minConfidence || c.toDouble() > filter_.maxConfidence)
            return false;
    }
    if (!filter_.text.isEmpty() &&
        !idx.data(SampleTableModel::SearchTextRole).toString().contains(filter_.text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace memescope
