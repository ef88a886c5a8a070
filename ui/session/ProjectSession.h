#pragma once

#include "SharedModel.h"
#include "core/store/LabelSchema.h"

#include <QObject>
#include <QVector>
#include <memory>

class QUndoStack;

namespace memescope::duplicates {
struct ProjectDuplicates;
}

namespace memescope {

class JobRunner;
class JobsPanel;
class LabelingController;
struct RunRecord;
class ProjectStore;
class SampleTableModel;
class ThumbnailProvider;

// The open project as every panel sees it: the store (the GUI thread's connection), its memes as one Qt
// model, labelling with its undo stack, the background job runner, and the selected run with its
// predictions and loaded model. Panels connect to its signals themselves; nothing refreshes them by hand.
// A stale model load (the run changed meanwhile) never arrives: the runner replaces it.
class ProjectSession : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject* parent = nullptr);
    ~ProjectSession() override;

    // Closes the current project, then opens `path`. Throws StoreError (nothing is open then).
    void open(const QString& path);
    void close(); // stops its background jobs first
    bool isOpen() const { return store_ != nullptr; }
    ProjectStore* store() const { return store_.get(); }
    QString path() const;

    SampleTableModel* samples() const { return samples_; }
    const LabelSchema& schema() const;
    ThumbnailProvider* thumbnails() const { return thumbnails_; }
    LabelingController* labeling() const { return labeling_; }
    QUndoStack* undoStack() const;
    JobRunner* jobs() const { return jobs_; }

    // Reads the memes (and which have OCR) again, after an import, OCR or added images; keeps the run.
    void reloadSamples();
    // The run list changed (a training or ablation finished): runsChanged().
    void reloadRuns() { Q_EMIT runsChanged(); }

    // Selects a finished run (0: none): its predictions at once, its model in the background.
    void selectRun(qint64 runId);
    // The selected run's predictions read again (suggestions were added): predictionsChanged().
    void reloadPredictions();
    qint64 runId() const { return runId_; }
    // The selected run's loaded model; null while loading, without a run, or when it failed to load.
    std::shared_ptr<SharedModel> model() const { return model_; }
    bool modelReady() const { return model_ && model_->session; }
    // Why the selected run's model could not be loaded (empty while it loads, when it loaded, without a run).
    QString modelProblem() const { return modelProblem_; }
    // A model made elsewhere (a test's, a freshly created one) as the current model.
    void useModel(std::shared_ptr<SharedModel> model);

    // The latest duplicate search (ProjectTasks::findDuplicates); null before one has run, and again once the
    // project closes or its memes are read again (an import, OCR or added images change what repeats what).
    std::shared_ptr<const duplicates::ProjectDuplicates> duplicates() const { return duplicates_; }
    // Keeps a result (null: forgets it), marks its memes in samples() and says duplicatesChanged().
    void setDuplicates(std::shared_ptr<const duplicates::ProjectDuplicates> found);

Q_SIGNALS:
    void projectOpened();
    void projectClosed();
    void samplesReloaded();
    void runsChanged();
    void runSelected(qint64 runId); // predictions are in samples(); the model follows with modelChanged
    void predictionsChanged();      // the same run's predictions, now for more memes
    void modelChanged();            // model() was loaded or dropped, or modelProblem() is known
    void labelsChanged(const QVector<qint64>& rowIds);
    void duplicatesChanged(); // duplicates() is another result, or none
    void statusMessage(const QString& text, int timeoutMs);

private:
    void loadModel(qint64 runId, const QString& runName, const QString& modelDir);
    void putRunPredictions(const RunRecord& run); // its probabilities and thresholds into samples()

    std::unique_ptr<ProjectStore> store_;
    SampleTableModel* samples_;
    ThumbnailProvider* thumbnails_;
    LabelingController* labeling_;
    JobRunner* jobs_;
    qint64 runId_ = 0;
    std::shared_ptr<SharedModel> model_;
    QString modelProblem_;
    std::shared_ptr<const duplicates::ProjectDuplicates> duplicates_;
};

} // namespace memescope
