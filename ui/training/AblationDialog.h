#pragma once

#include "core/engine/Ablation.h"

#include <QDialog>
#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace memescope {

class ProjectStore;

// Choose the modules to switch off (every variant of the standard study), seeds and epochs; the study
// runs in the background (one run after another), its table (mean ± std) and bar chart with error bars
// fill in as runs finish; export CSV / Markdown. Non-modal: the window stays usable.
class AblationDialog : public QDialog {
    Q_OBJECT
public:
    AblationDialog(ProjectStore* store, const QString& defaultOutDir, QWidget* parent = nullptr);
    ~AblationDialog() override;
    AblationSpec spec() const;
    void start();
    bool isRunning() const { return running_; }
    QTableWidget* table() const { return table_; }
    const QVector<AblationRow>& rows() const { return rows_; }

Q_SIGNALS:
    void studyFinished();

private:
    void showRows();
    void exportTable();

    ProjectStore* store_;
    QString outDir_;
    QVector<QCheckBox*> variants_;
    QComboBox* preset_;
    QSpinBox *seeds_, *epochs_;
    QPushButton *start_, *cancelButton_, *export_;
    QLabel* status_;
    QTableWidget* table_;
    QCustomPlot* chart_;
    QVector<AblationRow> rows_;
    std::shared_ptr<std::atomic_bool> cancel_ = std::make_shared<std::atomic_bool>(false);
    bool running_ = false;
};

} // namespace memescope
