#pragma once

#include "core/analysis/AnnotatorAgreement.h"

#include <QDialog>

class QTableWidget;

namespace memescope {

// Inter-annotator agreement at a glance: Cohen's kappa for every pair (per label for multi-label), Fleiss'
// kappa over the memes everyone labelled, and the disagreeing memes one click away.
class AgreementDialog : public QDialog {
    Q_OBJECT
public:
    AgreementDialog(const AgreementReport& report, const LabelSchema& schema, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }

Q_SIGNALS:
    void showDisagreements(const QVector<qint64>& rows, const QString& description);

private:
    QTableWidget* table_;
};

} // namespace memescope
