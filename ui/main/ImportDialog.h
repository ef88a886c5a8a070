#pragma once

#include "core/dataset/ImportReport.h"

#include <QDialog>

namespace memescope {

// Shows an import report: the counts, then every skipped or flagged record with file, index and reason.
class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);
};

} // namespace memescope
