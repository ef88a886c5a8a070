#pragma once

#include "SampleFilterModel.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTimer;

namespace memescope {

class LabelSchema;

// The row of filter controls above the browser: search, split, label, OCR, duplicates, correctness,
// confidence range.
// Typing is debounced so 100,000 rows are filtered once per pause, not once per key.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);
    void setSchema(const LabelSchema& schema);
    void setHasPredictions(bool has);
    // The duplicates filter works once the session has a duplicate result; without one it goes back to
    // "any" and waits.
    void setHasDuplicates(bool has);
    SampleFilter filter() const;
    QLineEdit* searchField() const { return search_; }
    // Restricts to exactly these samples (e.g. a confusion-matrix cell, possibly empty), shown as a removable
    // chip; an empty description lifts the restriction.
    void setOnlyRows(const QVector<qint64>& rows, const QString& description);
    void clear();

Q_SIGNALS:
    void filterChanged(const SampleFilter& filter);

private:
    void emitChanged();

    QLineEdit* search_;
    QComboBox *split_, *label_, *ocr_, *correctness_, *duplicates_;
    QDoubleSpinBox *minConfidence_, *maxConfidence_;
    QComboBox* only_;
    QVector<qint64> onlyRows_;
    bool restrict_ = false;
    QTimer* debounce_;
};

} // namespace memescope
