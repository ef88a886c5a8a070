#pragma once

#include "TrainingJob.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace memescope {

class ProjectStore;

// The training dock: start a run (TrainingDialog), watch live loss and validation macro-/weighted-F1
// curves (QCustomPlot; redrawn at most 4 times a second, zoom and pan with the mouse, export PNG/SVG), the
// learning rate, throughput and ETA; cancel, resume. Below, every run of the project with its config and
// best metrics; two selected runs compare side by side.
class TrainingDock : public QWidget {
    Q_OBJECT
public:
    explicit TrainingDock(QWidget* parent = nullptr);
    void setStore(ProjectStore* store);
    void startTraining(const TrainingRequest& request);
    void showRunCurves(qint64 runId); // a finished run's curves from the store
    void reloadRuns();
    bool isTraining() const { return job_ && job_->isRunning(); }
    QCustomPlot* plot() const { return plot_; }
    QTableWidget* runsTable() const { return runs_; }
    void exportPlot(const QString& path); // .png or .svg
    void newTraining();                   // asks with TrainingDialog, then starts
    void cancelTraining();

Q_SIGNALS:
    void runFinished(qint64 runId);

private:
    void compareSelected();
    void resetCurves();
    void addEpoch(const QJsonObject& e);

    ProjectStore* store_ = nullptr;
    TrainingJob* job_ = nullptr;
    TrainingRequest lastRequest_;
    QCustomPlot* plot_;
    QLabel* status_;
    QLabel* notes_;
    QStringList noteLines_;
    QPushButton *start_, *cancel_, *resume_, *export_;
    QTableWidget* runs_;
    QTimer* replot_;
    bool dirty_ = false;
    qint64 batchesPerEpoch_ = 0;
};

} // namespace memescope
