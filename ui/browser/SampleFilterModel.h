#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace memescope {

// What the browser shows: every criterion narrows the set (AND). Text search covers the id, the text and
// the reasoning fields, case-insensitively.
struct SampleFilter {
    QString text;
    QString split;  // empty = any
    int label = -1; // samples carrying this label index (-1 = any)
    bool unlabelledOnly = false;
    enum class Ocr { Any, Done, NotDone } ocr = Ocr::Any;
    enum class Correctness { Any, Correct, Wrong } correctness = Correctness::Any; // needs a selected run
    double minConfidence = 0, maxConfidence = 1; // of the predicted label (samples without a prediction pass
                                                 // only when the range is the full 0..1)
    // Needs the session's duplicate result: memes in some duplicate group, or the test memes among them that
    // repeat a training or validation meme. Ordered like SampleTableModel::Duplicate, so a meme passes when
    // its state is at least the one asked for (a leak into test is a grouped meme too).
    enum class Duplicates { Any, Grouped, LeaksIntoTest } duplicates = Duplicates::Any;
    QVector<qint64> onlyRows; // with restrictToRows: exactly these sample row ids (e.g. a confusion cell)
    bool restrictToRows = false;

    bool isEmpty() const;
};

class SampleFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SampleFilterModel(QObject* parent = nullptr);
    void setFilter(const SampleFilter& filter);
    const SampleFilter& filter() const { return filter_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    SampleFilter filter_;
    QSet<qint64> onlyRows_;
};

} // namespace memescope
