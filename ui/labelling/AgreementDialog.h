#pragma once

#include "core/analysis/AnnotatorAgreement.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace memescope {

// Inter-annotator agreement at a glance: Cohen's kappa for every pair (per label for multi-label), Fleiss'
// kappa over the memes everyone labelled, Krippendorff's alpha, the 95 % bootstrap intervals of kappa and
// alpha, and the disagreeing memes one click away. A report without intervals shows them as being computed
// until setReport() brings them (a large project computes them in the background).
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    AgreementDialog(const AgreementReport& report, const LabelSchema& schema, QWidget* parent = nullptr);
    void setReport(const AgreementReport& report);
    void setIntervalsFailed(const QString& message); // the background computation failed: says why
    // The raters to choose from (a box each), those chosen, and which of them are dataset files rather than
    // people (named so). Ticking a box emits ratersChosen; the caller computes and calls setReport.
    void setRaters(const QStringList& all, const QStringList& chosen, const QStringList& fromFiles);
    QStringList chosenRaters() const;
    QTableWidget* table() const { return table_; }
    QLabel* summary() const { return head_; }

Q_SIGNALS:
    void showDisagreements(const QVector<qint64>& rows, const QString& description);
    void ratersChosen(const QStringList& raters);

private:
    void fill();
    // The interval cell's text: the interval, "computing…", or why it is not shown.
    QString intervalText(const std::optional<IntervalFigure>& interval, int memes) const;

    AgreementReport report_;
    LabelSchema schema_;
    QString failed_;
    QLabel* head_;
    QWidget* raters_;
    QStringList fromFiles_;
    QTableWidget* table_;
};

} // namespace memescope
