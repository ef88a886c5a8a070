#include "ProjectSession.h"

#include "JobRunner.h"
#include "core/analysis/RunSummary.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"
#include "ui/browser/SampleTableModel.h"
#include "ui/browser/ThumbnailProvider.h"
#include "ui/labelling/LabelingController.h"

#include <QFileInfo>

namespace memescope {

ProjectSession::ProjectSession(QObject* parent)
    : QObject(parent)
    , samples_(new SampleTableModel(this))
    , thumbnails_(new ThumbnailProvider(150, this))
    , labeling_(new LabelingController(samples_, this))
    , jobs_(new JobRunner(this)) {
    samples_->setThumbnailProvider(thumbnails_);
    connect(labeling_, &LabelingController::labelsChanged, this, &ProjectSession::labelsChanged);
}

ProjectSession::~ProjectSession() {
    jobs_->stopAll(); // before the store and the models the jobs use go away
    thumbnails_->clear();
}

QString ProjectSession::path() const {
    return store_ ? store_->path() : QString();
}

const LabelSchema& ProjectSession::schema() const {
    return samples_->schema();
}

QUndoStack* ProjectSession::undoStack() const {
    return labeling_->undoStack();
}

void ProjectSession::open(const QString& path) {
    close();
    store_ = ProjectStore::open(path, ProjectStore::Mode::OpenExisting);
    jobs_->setProject(store_->connector());
    labeling_->setStore(store_.get());
    ProjectStore* store = store_.get();
    samples_->setPathResolver([store](const QString& stored) { return store->resolveStoredPath(stored); });
    reloadSamples();
    Q_EMIT projectOpened();
    Q_EMIT runsChanged();
    Q_EMIT runSelected(0);
}

void ProjectSession::close() {
    jobs_->stopAll();
    if (!store_) return;
    runId_ = 0;
    model_.reset();
    labeling_->setStore(nullptr);
    jobs_->setProject(std::nullopt);
    thumbnails_->clear();
    setDuplicates(nullptr);
    samples_->setSamples({}, {});
    store_.reset();
    Q_EMIT runSelected(0);
    Q_EMIT modelChanged();
    Q_EMIT projectClosed();
}

void ProjectSession::reloadSamples() {
    if (!store_) return;
    thumbnails_->clear();
    setDuplicates(nullptr); // found among the memes as they were
    samples_->setSamples(SampleStore(*store_).loadAll(), store_->labelSchema());
    QSet<int64_t> done;
    const QHash<int64_t, QString> ocr = OcrStore(*store_).doneSamples();
    for (auto it = ocr.begin(); it != ocr.end(); ++it)
        if (it.value().isEmpty()) done.insert(it.key());
    samples_->setOcrDone(done);
    labeling_->samplesRead();
    if (runId_) putRunPredictions(RunStore(*store_).run(runId_)); // back onto the new rows
    Q_EMIT samplesReloaded();
}

void ProjectSession::setDuplicates(std::shared_ptr<const duplicates::ProjectDuplicates> found) {
    if (!found && !duplicates_) return;
    duplicates_ = std::move(found);
    QSet<int64_t> grouped, leaked;
    if (duplicates_) {
        const std::vector<int>& groupOf = duplicates_->report.groupOf;
        for (size_t i = 0; i < groupOf.size() && i < size_t(duplicates_->samples.size()); ++i)
            if (groupOf[i] >= 0) grouped.insert(duplicates_->samples[qsizetype(i)].rowId);
        leaked = duplicates_->leakedTestRowIds();
    }
    samples_->setDuplicates(std::move(grouped), std::move(leaked));
    Q_EMIT duplicatesChanged();
}

void ProjectSession::putRunPredictions(const RunRecord& run) {
    samples_->setPredictions(RunStore(*store_).predictions(run.id), RunSummary::of(run).thresholds);
}

void ProjectSession::reloadPredictions() {
    if (!store_ || !runId_) return;
    putRunPredictions(RunStore(*store_).run(runId_));
    Q_EMIT predictionsChanged();
}

void ProjectSession::selectRun(qint64 runId) {
    runId_ = store_ ? runId : 0;
    model_.reset();
    modelProblem_.clear();
    Q_EMIT modelChanged();
    if (!runId_) {
        jobs_->discard(QStringLiteral("model"));
        samples_->setPredictions({}, {});
        Q_EMIT runSelected(0);
        return;
    }
    const RunRecord run = RunStore(*store_).run(runId_);
    putRunPredictions(run);
    Q_EMIT runSelected(runId_);
    loadModel(runId_, run.name, run.checkpointPath);
}

void ProjectSession::useModel(std::shared_ptr<SharedModel> model) {
    jobs_->discard(QStringLiteral("model"));
    model_ = std::move(model);
    if (model_ && model_->session && model_->labelNames.isEmpty()) {
        model_->labelNames = model_->session->labelNames();
        model_->tfidf = model_->session->isBaseline();
    }
    Q_EMIT modelChanged();
}

void ProjectSession::loadModel(qint64 runId, const QString& runName, const QString& modelDir) {
    JobSpec spec;
    spec.key = QStringLiteral("model");
    spec.ifRunning = JobSpec::IfRunning::Replace; // the last selected run wins
    jobs_
        ->run<std::shared_ptr<SharedModel>>(spec,
                                            [modelDir, runName](JobScope&) {
                                                auto m = std::make_shared<SharedModel>();
                                                m->session = ModelSession::load(modelDir);
                                                m->runName = runName;
                                                m->labelNames = m->session->labelNames();
                                                m->tfidf = m->session->isBaseline();
                                                return m;
                                            })
        .then(this,
              [this, runId](std::shared_ptr<SharedModel> m) {
                  if (runId != runId_) return;
                  model_ = std::move(m);
                  Q_EMIT modelChanged();
                  Q_EMIT statusMessage(
                      tr("Run “%1” loaded (%2)").arg(model_->runName, model_->session->deviceDescription()),
                      5000);
              })
        .onFailed(this, [this, runId, runName](const Error& e) {
            if (runId == runId_) {
                modelProblem_ = e.message();
                Q_EMIT modelChanged();
            }
            Q_EMIT statusMessage(tr("Run “%1”: its model could not be loaded (%2); stored predictions only")
                                     .arg(runName, e.message()),
                                 10000);
        });
}

} // namespace memescope
