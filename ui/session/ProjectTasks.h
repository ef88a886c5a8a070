#pragma once

#include "core/dataset/ImageAdder.h"
#include "core/dataset/ImportReport.h"
#include "core/duplicates/DuplicateTypes.h"
#include "core/ocr/OcrJob.h"
#include "core/engine/report/ReportBuilder.h"

#include <QFuture>
#include <QObject>
#include <memory>

namespace memescope::duplicates {
struct ProjectDuplicates;
}

namespace memescope {

class ProjectSession;

// The project work the GUI starts in the background, each through the session's job runner with a row in
// the Jobs panel: importing a dataset, OCR, writing a report, adding image files as memes (then OCR, then
// the selected model's suggestions), finding duplicates. Each returns its future (the value arrives after
// the session has reloaded what the job changed); failures are reported by the runner.
class ProjectTasks : public QObject {
    Q_OBJECT
public:
    explicit ProjectTasks(ProjectSession* session, QObject* parent = nullptr);

    QFuture<ImportReport> importDataset(const QString& path);
    QFuture<OcrJobSummary> runOcr(); // joins an OCR that is running already
    QFuture<ReportResult> exportReport(qint64 runId, const QString& path);
    // Copies image files (folders: searched) into the project as new memes, then reads their text with OCR
    // and, when the selected run's model is loaded, stores its predictions for them as label suggestions.
    QFuture<AddImagesResult> addImages(const QStringList& paths);
    // The selected run's predictions for these memes, stored as the run's (suggestions: key A accepts one).
    QFuture<int> suggestLabels(const QVector<qint64>& rowIds);
    // Hashes the images not hashed yet, then finds the duplicate groups and leaks under these settings, which
    // become the project's (the leak-free test figures use them). The result becomes the session's
    // duplicates(); null when the job was cancelled (the session keeps what it had). A second search
    // replaces a running one: the last settings win.
    QFuture<std::shared_ptr<const duplicates::ProjectDuplicates>>
    findDuplicates(const duplicates::DuplicateSettings& settings);

private:
    ProjectSession* session_;
};

} // namespace memescope
