#include "AgreementDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace memescope {

AgreementDialog::AgreementDialog(const AgreementReport& r, const LabelSchema& schema, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Annotator Agreement"));
    auto* l = new QVBoxLayout(this);
    QString head = tr("%n annotator(s): %1.", "", int(r.annotators.size())).arg(r.annotators.join(", "));
    if (r.annotators.size() < 2)
        head += " " + tr("Agreement needs at least two annotators (set yours with Label ▸ Set Annotator).");
    else
        head += " " +
                tr("Fleiss' kappa over the %1 memes everyone labelled: <b>%2</b>")
                    .arg(r.sharedByAll)
                    .arg(r.fleiss, 0, 'f', 3) +
                " " +
                tr("Krippendorff's α over the %1 memes two or more annotators labelled: <b>%2</b>")
                    .arg(r.pairable)
                    .arg(r.alpha, 0, 'f', 3);
    auto* label = new QLabel(head, this);
    label->setWordWrap(true);
    l->addWidget(label);
    const bool multi = schema.isMultiLabel();
    QStringList headers = {tr("Annotators"), tr("Shared memes"),
                           multi ? tr("Mean Cohen's κ") : tr("Cohen's κ"), tr("Disagreements"), QString()};
    if (multi)
        for (const QString& n : schema.names())
            headers << tr("κ %1").arg(n);
    const bool perLabelRows = multi && (!r.fleissPerLabel.isEmpty() || !r.alphaPerLabel.isEmpty());
    table_ = new QTableWidget(int(r.pairs.size()) + (perLabelRows ? 2 : 0), int(headers.size()), this);
    table_->setHorizontalHeaderLabels(headers);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < r.pairs.size(); ++i) {
        const PairAgreement& p = r.pairs[i];
        table_->setItem(i, 0, new QTableWidgetItem(p.a + " × " + p.b));
        table_->setItem(i, 1, new QTableWidgetItem(QString::number(p.shared)));
        table_->setItem(i, 2, new QTableWidgetItem(QString::number(p.kappa, 'f', 3)));
        table_->setItem(i, 3, new QTableWidgetItem(QString::number(p.disagreements.size())));
        auto* show = new QPushButton(tr("Show"), table_);
        show->setEnabled(!p.disagreements.isEmpty());
        connect(show, &QPushButton::clicked, this, [this, p] {
            Q_EMIT showDisagreements(p.disagreements, tr("%1 × %2 disagree").arg(p.a, p.b));
        });
        table_->setCellWidget(i, 4, show);
        for (int k = 0; k < p.perLabel.size(); ++k)
            table_->setItem(i, 5 + k, new QTableWidgetItem(QString::number(p.perLabel[k], 'f', 3)));
    }
    if (perLabelRows) {
        const int row = int(r.pairs.size()) + 1;
        table_->setItem(row, 0, new QTableWidgetItem(tr("Krippendorff's α (all)")));
        table_->setItem(row, 1, new QTableWidgetItem(QString::number(r.pairable)));
        table_->setItem(row, 2, new QTableWidgetItem(QString::number(r.alpha, 'f', 3)));
        for (int k = 0; k < r.alphaPerLabel.size(); ++k)
            table_->setItem(row, 5 + k, new QTableWidgetItem(QString::number(r.alphaPerLabel[k], 'f', 3)));
    }
    if (perLabelRows) {
        const int row = int(r.pairs.size());
        table_->setItem(row, 0, new QTableWidgetItem(tr("Fleiss' κ (all)")));
        table_->setItem(row, 1, new QTableWidgetItem(QString::number(r.sharedByAll)));
        table_->setItem(row, 2, new QTableWidgetItem(QString::number(r.fleiss, 'f', 3)));
        for (int k = 0; k < r.fleissPerLabel.size(); ++k)
            table_->setItem(row, 5 + k, new QTableWidgetItem(QString::number(r.fleissPerLabel[k], 'f', 3)));
    }
    table_->resizeColumnsToContents();
    l->addWidget(table_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    l->addWidget(buttons);
    resize(900, 360);
}

} // namespace memescope
