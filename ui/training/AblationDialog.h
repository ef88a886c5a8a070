#pragma once

#include "core/engine/Ablation.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace memescope {

class ProjectSession;

// Choose the modules to switch off (every variant of the standard study), seeds and epochs; the study
// runs in the background (one run after another), its table (mean ± std) and bar chart with error bars
// fill in as runs finish; export CSV / Markdown. Non-modal: the window stays usable. The study runs in the
// session's job runner (a row in the Jobs panel) and goes on when the dialog is closed.
class AblationDialog : public QDialog {
    Q_OBJECT
public:
    AblationDialog(ProjectSession* session, const QString& defaultOutDir, QWidget* parent = nullptr);
    AblationSpec spec() const;
    void start();
    bool isRunning() const;
    QTableWidget* table() const { return table_; }
    const QVector<AblationRow>& rows() const { return rows_; }

Q_SIGNALS:
    void studyFinished();

private:
    void showRows();
    void updateEstimate();
    void exportTable();
    void studyEnded(const QString& message);
    void keepSignificance(const QVector<AblationAggregate>& table);

    ProjectSession* session_;
    QString outDir_;
    QVector<QCheckBox*> variants_;
    QComboBox* preset_;
    QCheckBox* frozenEncoders_;
    QSpinBox *seeds_, *epochs_;
    QPushButton *start_, *cancelButton_, *export_;
    QLabel* status_;
    QLabel* estimate_;
    QTableWidget* table_;
    QCustomPlot* chart_;
    QVector<AblationRow> rows_;
    // The finished study's tests per variant (seed-averaged interval, Holm-corrected p): known once it ends.
    QHash<QString, AblationAggregate> significance_;
};

} // namespace memescope
