#include "ProjectTasks.h"

#include "core/duplicates/LeakFreeRefresh.h"

#include "JobRunner.h"
#include "ProjectSession.h"
#include "core/dataset/DatasetImporter.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/store/RunStore.h"
#include "ui/browser/SampleTableModel.h"

#include <QFileInfo>

namespace memescope {

ProjectTasks::ProjectTasks(ProjectSession* session, QObject* parent)
    : QObject(parent)
    , session_(session) {}

QFuture<ImportReport> ProjectTasks::importDataset(const QString& path) {
    JobSpec spec;
    spec.title = tr("Import %1").arg(QFileInfo(path).fileName());
    spec.key = QStringLiteral("import");
    return session_->jobs()
        ->run<ImportReport>(spec,
                            [path](JobScope& scope) {
                                ImportReport r =
                                    DatasetImporter::importPath(scope.project(), path, {}, scope.job());
                                scope.setOutcome(tr("Imported %n meme(s) from %1", "", r.imported).arg(path));
                                return r;
                            })
        .then(session_, [session = session_](const ImportReport& r) {
            session->reloadSamples();
            return r;
        });
}

QFuture<OcrJobSummary> ProjectTasks::runOcr() {
    JobSpec spec;
    spec.title = tr("OCR");
    spec.key = QStringLiteral("ocr");
    return session_->jobs()
        ->run<OcrJobSummary>(spec,
                             [](JobScope& scope) {
                                 const OcrJobSummary s = OcrJob::run(scope.project(), {}, scope.job());
                                 scope.setOutcome(tr("OCR %1: %2 images read, %3 unreadable, %4 s")
                                                      .arg(s.cancelled ? tr("cancelled") : tr("finished"))
                                                      .arg(s.processed)
                                                      .arg(s.failed)
                                                      .arg(s.seconds, 0, 'f', 1));
                                 return s;
                             })
        .then(session_, [session = session_](const OcrJobSummary& s) {
            session->reloadSamples();
            return s;
        });
}

QFuture<ReportResult> ProjectTasks::exportReport(qint64 runId, const QString& path) {
    JobSpec spec;
    spec.title = tr("Report %1").arg(QFileInfo(path).fileName());
    spec.key = QStringLiteral("report:") + path;
    return session_->jobs()->run<ReportResult>(spec, [runId, path](JobScope& scope) {
        const ReportResult r = writeRunReport(scope.project(), runId, path, 8, scope.job());
        scope.setOutcome(tr("Wrote %1 (%n section(s))", "", int(r.sections.size())).arg(r.path));
        return r;
    });
}

QFuture<AddImagesResult> ProjectTasks::addImages(const QStringList& paths) {
    JobSpec spec;
    spec.title = tr("Add images");
    return session_->jobs()
        ->run<AddImagesResult>(spec,
                               [paths](JobScope& scope) {
                                   const AddImagesResult r =
                                       memescope::addImages(scope.project(), paths, true, scope.job());
                                   QString outcome = tr("%n meme(s) added", "", int(r.added.size()));
                                   if (!r.problems.isEmpty())
                                       outcome += " · " + tr("skipped: %1").arg(r.problems.join("; "));
                                   scope.setOutcome(outcome);
                                   return r;
                               })
        .then(this, [this](const AddImagesResult& r) {
            session_->reloadSamples();
            if (!r.added.isEmpty()) {
                // Their text comes from OCR; then the selected model pre-labels them.
                const QVector<qint64> added(r.added.begin(), r.added.end());
                runOcr().then(this, [this, added](const OcrJobSummary&) { suggestLabels(added); });
            }
            return r;
        });
}

QFuture<int> ProjectTasks::suggestLabels(const QVector<qint64>& rowIds) {
    const qint64 run = session_->runId();
    const std::shared_ptr<SharedModel> model = session_->model();
    if (!session_->isOpen() || !run || !model || !model->session) return QtFuture::makeReadyFuture(0);
    QVector<QPair<qint64, QPair<QString, QString>>> inputs; // row id -> (image, text)
    const SampleTableModel* samples = session_->samples();
    for (qint64 id : rowIds) {
        const int row = samples->rowOf(id);
        if (row < 0) continue;
        const SampleRecord& s = samples->sampleAt(row);
        inputs.append({id,
                       {s.imageStatus == ImageStatus::Ok ? session_->store()->resolveStoredPath(s.imagePath)
                                                         : QString(),
                        s.ocrText}});
    }
    JobSpec spec;
    spec.title = tr("Label suggestions");
    return session_->jobs()
        ->run<int>(spec,
                   [model, inputs, run](JobScope& scope) {
                       QHash<int64_t, QVector<float>> probabilities;
                       QStringList unreadable;
                       std::lock_guard<std::mutex> lock(model->mutex);
                       for (int k = 0; k < inputs.size() && !scope.job().cancelled(); ++k) {
                           const auto& [id, input] = inputs[k];
                           try {
                               probabilities.insert(
                                   id, model->session->predict(input.first, input.second).probabilities);
                           } catch (const Error& e) { // one unreadable meme gets no suggestion; the rest do
                               unreadable << e.message();
                           }
                           scope.job().progress({k + 1, inputs.size(), tr("predicting")});
                       }
                       for (const QString& problem : unreadable)
                           scope.job().message(problem);
                       RunStore(scope.project()).addPredictions(run, probabilities);
                       scope.setOutcome(
                           tr("The model suggested labels for %n new meme(s): press A to accept one", "",
                              int(probabilities.size())));
                       return int(probabilities.size());
                   })
        .then(session_, [session = session_, run](int count) {
            if (session->runId() == run) session->reloadPredictions();
            return count;
        });
}

QFuture<std::shared_ptr<const duplicates::ProjectDuplicates>>
ProjectTasks::findDuplicates(const duplicates::DuplicateSettings& settings) {
    using Result = std::shared_ptr<const duplicates::ProjectDuplicates>;
    JobSpec spec;
    spec.title = tr("Find duplicates");
    spec.key = QStringLiteral("duplicates");
    spec.ifRunning = JobSpec::IfRunning::Replace;
    return session_->jobs()
        ->run<Result>(
            spec,
            [settings](JobScope& scope) -> Result {
                using duplicates::ProjectDuplicates;
                ProjectStore& store = scope.project();
                auto found = std::make_shared<ProjectDuplicates>();
                bool settingsChanged = false;
                try {
                    if (store.isReadOnly()) {
                        *found = ProjectDuplicates::findWithStoredHashes(store, settings, scope.job());
                    } else {
                        settings.validate();
                        settingsChanged = !(ProjectDuplicates::projectSettings(store) == settings);
                        *found = ProjectDuplicates::find(store, settings, scope.job());
                        // Kept as the project's only after a complete search: a cancelled one changes nothing
                        // (and the runs' figures are refreshed below, once they rest on the new settings).
                        if (!scope.job().cancelled()) ProjectDuplicates::setProjectSettings(store, settings);
                    }
                } catch (const std::invalid_argument& e) { // settings out of range
                    throw Error(QString::fromUtf8(e.what()));
                }
                // A cancelled search stops part-way: its groups would be too few.
                if (scope.job().cancelled()) return nullptr;
                // Other settings: the runs' stored leak-free figures rested on the old ones (every run); the
                // same settings: only runs an earlier, cancelled refresh left behind.
                int refreshed = 0;
                if (!store.isReadOnly())
                    refreshed = duplicates::refreshLeakFreeFigures(store, scope.job(), settingsChanged);
                QString outcome = tr("%n duplicate group(s)", "", int(found->report.groups.size()));
                outcome += QStringLiteral(", ") + tr("%n test meme(s) repeat training or validation memes",
                                                     "", int(found->leakedTestRowIds().size()));
                if (found->imagesWithoutHash > 0)
                    outcome +=
                        QStringLiteral(" · ") + tr("%n image(s) without a hash compared by their text only",
                                                   "", found->imagesWithoutHash);
                if (refreshed > 0)
                    outcome += QStringLiteral(" · ") +
                               tr("leak-free figures of %n run(s) updated to these settings", "", refreshed);
                scope.setOutcome(outcome);
                return found;
            })
        .then(session_, [session = session_](Result found) {
            if (found) {
                session->setDuplicates(found);
                session->reloadRuns(); // their leak-free figures may have been updated
            }
            return found;
        });
}

} // namespace memescope
