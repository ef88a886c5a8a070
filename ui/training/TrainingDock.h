#pragma once

#include "core/ml/config/EpochRecord.h"

#include "core/engine/RunTraining.h"

#include <QPointer>
#include <QWidget>

class QCustomPlot;
class QDialog;
class QLabel;
class QLineEdit;
class QTableWidgetItem;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

namespace memescope {

class ProjectSession;
struct RunRecord;

// The training dock: start a run (TrainingDialog), watch live loss and validation macro-/weighted-F1
// curves (QCustomPlot; redrawn at most 4 times a second, zoom and pan with the mouse, export PNG/SVG), the
// learning rate, throughput and ETA; cancel, resume. Below, every run of the project with its config and
// best metrics; two selected runs compare side by side (settings, and on the test split whether each
// metric's difference is more than noise, computed in the background). Follows the session (its runs, the
// selected run's curves) and trains through its job runner.
class TrainingDock : public QWidget {
    Q_OBJECT
public:
    explicit TrainingDock(ProjectSession* session, QWidget* parent = nullptr);
    // request.localRanks > 1: rank 0 in this process, the others memescope-cli processes (one job row).
    void startTraining(const TrainingRequest& request);
    void setWorkerProgram(const QString& path) { workerProgram_ = path; } // default: beside this program
    void showRunCurves(qint64 runId); // a finished run's curves from the store
    // Several runs' validation macro-F1 and loss per epoch in one plot, a colour per run, legend by name
    // (what selecting several rows of the Runs table shows).
    void showRunsOverlay(const QVector<qint64>& runIds);
    // The researcher's tags and note on a run (stored in the project; shown, and filtered by, in the table).
    void setRunTagsAndNote(qint64 runId, const QStringList& tags, const QString& note);
    void editTagsAndNote(qint64 runId); // asks in a small dialog
    static constexpr int kTagsColumn = 8;
    void reloadRuns();
    bool isTraining() const;
    QCustomPlot* plot() const { return plot_; }
    QTableWidget* runsTable() const { return runs_; }
    // The open comparison's text (Compare Selected Runs); null before the first comparison.
    QTextBrowser* comparisonView() const;
    void exportPlot(const QString& path); // .png or .svg
    void newTraining();                   // asks with TrainingDialog, then starts
    void cancelTraining();

Q_SIGNALS:
    void runFinished(qint64 runId); // trained to the end (then selected in the session)

private:
    void compareSelected();
    QVector<qint64> selectedRuns() const; // in table order
    void applyRunFilter(const QString& text);
    QTableWidgetItem* tagsItem(const RunRecord& r);
    void rescaleLossAxis();
    void setComparisonHtml(const QString& html); // into the comparison window, if it is still there
    void resetCurves();
    void addEpoch(const ml::EpochRecord& e);
    void showProgress(const TrainingProgress& p);
    void addNote(const QString& note);
    void trainingEnded(const TrainingResult* result, const QString& error);

    ProjectSession* session_;
    TrainingRequest lastRequest_;
    QString workerProgram_ = defaultWorkerProgram();
    QCustomPlot* plot_;
    QLabel* status_;
    QLabel* notes_;
    QStringList noteLines_;
    QPushButton *start_, *cancel_, *resume_, *export_;
    QTableWidget* runs_;
    QLineEdit* runFilter_;
    QTimer* replot_;
    QPointer<QDialog> comparison_;
    bool dirty_ = false;
    qint64 batchesPerEpoch_ = 0;
};

} // namespace memescope
