#include "ImportDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace memescope {

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Import report"));
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(tr("<b>%1</b><br>%2 imported, %3 merged, %4 flagged, %5 skipped")
                                   .arg(report.source.toHtmlEscaped())
                                   .arg(report.imported)
                                   .arg(report.merged)
                                   .arg(report.flaggedCount())
                                   .arg(report.skipped));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto* table = new QTableWidget(int(report.issues.size()), 5, this);
    table->setHorizontalHeaderLabels({tr("What"), tr("File"), tr("Record"), tr("Sample"), tr("Reason")});
    for (int r = 0; r < report.issues.size(); ++r) {
        const ImportIssue& i = report.issues[r];
        const bool skipped = i.severity == ImportIssue::Severity::Skipped;
        auto* what = new QTableWidgetItem(skipped ? tr("skipped") : tr("flagged"));
        what->setForeground(skipped ? QColor(190, 60, 40) : QColor(170, 120, 0));
        table->setItem(r, 0, what);
        table->setItem(r, 1, new QTableWidgetItem(i.file));
        table->setItem(
            r, 2, new QTableWidgetItem(i.recordIndex >= 0 ? QString::number(i.recordIndex) : tr("file")));
        table->setItem(r, 3, new QTableWidgetItem(i.sampleId));
        table->setItem(r, 4, new QTableWidgetItem(i.reason));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 500);
}

} // namespace memescope
