#include "CliCommon.h"
#include "core/export/TensorBoardEvents.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace memescope::cli {
namespace {

// The epoch record's keys as TensorBoard tags: grouped the way dashboards group them (loss curves together).
QString tagOf(const QString& key) {
    if (key == QLatin1String("train_loss")) return QStringLiteral("loss/train");
    if (key == QLatin1String("val_loss")) return QStringLiteral("loss/validation");
    if (key.startsWith(QLatin1String("val_"))) return "validation/" + key.mid(4);
    if (key == QLatin1String("learning_rate")) return QStringLiteral("optimizer/learning_rate");
    if (key == QLatin1String("samples_per_second")) return QStringLiteral("speed/samples_per_second");
    return "other/" + key;
}

} // namespace

int runExportRun(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Export a run's curves (every epoch's losses, validation metrics, learning rate and speed) as a "
        "TensorBoard event file, so TensorBoard or another dashboard that reads the format shows the run.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"run", "Run folder written by 'train' (or the run's id in the project).", "RUN_DIR"});
    p.addOption(
        {"tensorboard", "The log folder to write into (TensorBoard's --logdir, or a folder in it).", "DIR"});
    p.addOption({"json", "Print a JSON summary as the last line."});
    parseOrThrow(p, args);
    for (const char* required : {"project", "run", "tensorboard"})
        if (!p.isSet(required)) throw UserError{QStringLiteral("--%1 is required").arg(required)};
    const CliOutput out(p.isSet("json"));
    auto store = openForReading(p.value("project"), out);
    RunStore runs(*store);
    const RunRecord run = findRun(*store, p.value("run"), p.value("project"), RunNeeds::Any);
    const qint64 runId = run.id;
    const QVector<QJsonObject> epochs = runs.epochs(runId);
    if (epochs.isEmpty()) throw UserError{run.name + ": the run has no finished epoch to export"};
    // Wall times: the run's start plus each epoch's own seconds, so the dashboard's time axis is the run's.
    QDateTime start = QDateTime::fromString(run.createdAt, Qt::ISODate);
    if (!start.isValid()) start = QDateTime::currentDateTimeUtc();
    const double startTime = double(start.toMSecsSinceEpoch()) / 1000.0;
    double elapsed = 0;
    QVector<tensorboard::Event> events;
    QSet<QString> tags;
    for (const QJsonObject& e : epochs) {
        tensorboard::Event event;
        event.step = e.value("epoch").toInt();
        elapsed += e.value("seconds").toDouble();
        event.wallTime = startTime + elapsed;
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!it.value().isDouble() || it.key() == QLatin1String("epoch")) continue; // "best" is a flag
            event.scalars.append({tagOf(it.key()), float(it.value().toDouble())});
            tags.insert(tagOf(it.key()));
        }
        events << event;
    }
    const QString dir = QDir(p.value("tensorboard")).filePath(QDir(run.runDir).dirName());
    const QString path = tensorboard::writeEventFile(dir, events, startTime);
    QStringList sorted(tags.begin(), tags.end());
    sorted.sort();
    out.result({{"file", path}, {"epochs", int(epochs.size())}, {"tags", QJsonArray::fromStringList(sorted)}},
               QStringLiteral("wrote %1 (%2 epochs, %3 curves); view it with: tensorboard --logdir %4")
                   .arg(path)
                   .arg(epochs.size())
                   .arg(sorted.size())
                   .arg(p.value("tensorboard")));
    return kOk;
}

} // namespace memescope::cli
