#include "CliCommon.h"
#include "core/dataset/DatasetImporter.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

namespace memescope::cli {
namespace {

// A project file and what SQLite and the lock keep beside it.
void removeProject(const QString& path) {
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(path + suffix);
}

} // namespace

int runImport(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Import a dataset file or folder (AxiOM JSON/CSV, RESTORE JSON, *_llava_dataset.json, "
        "generic CSV/JSONL + images/) into a project; creates the project if missing.");
    p.addPositionalArgument("PATH", "Dataset file or folder.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"format", "axiom, restore, llava, csv, jsonl or auto.", "FORMAT", "auto"});
    p.addOption({"task", "Generic formats: single or multi (default: inferred).", "TASK"});
    p.addOption({"labels", "Generic formats: label names in order, comma-separated.", "NAMES"});
    p.addOption({"split-seed", "Seed of AxiOM's stratified 7:1 train/validation split.", "N", "42"});
    p.addOption({"json", "Print the report as JSON on the last line."});
    parseOrThrow(p, args);
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1) throw UserError{"expected exactly one PATH (a dataset file or folder)"};
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    ImportOptions o;
    const auto format = datasetFormatFromString(p.value("format"));
    if (!format)
        throw UserError{"unknown --format '" + p.value("format") +
                        "' (axiom, restore, llava, csv, jsonl, auto)"};
    o.format = *format;
    if (p.isSet("task")) {
        const auto task = taskKindFromString(p.value("task"));
        if (!task) throw UserError{"--task must be 'single' or 'multi'"};
        o.task = task;
    }
    if (p.isSet("labels")) {
        for (const auto& l : p.value("labels").split(',', Qt::SkipEmptyParts))
            o.labelOrder << l.trimmed();
    }
    bool ok = false;
    o.splitSeed = p.value("split-seed").toUInt(&ok);
    if (!ok) throw UserError{"--split-seed must be a non-negative integer"};
    const CliOutput out(p.isSet("json"));
    const QString projectPath = QFileInfo(p.value("project")).absoluteFilePath();
    const bool created = !QFileInfo::exists(projectPath);
    auto store = ProjectStore::open(projectPath);
    ImportReport report;
    try {
        report = DatasetImporter::importPath(*store, pos.first(), o, out.job());
    } catch (...) {
        store.reset();
        if (created) removeProject(projectPath);
        throw;
    }
    out.result(report.toJson(), report.toText(out.json() ? 50 : 1000).trimmed());
    if (report.imported == 0 && report.merged == 0) {
        // Nothing usable: a failure, and a project this command created is not left behind empty.
        store.reset();
        if (created) removeProject(projectPath);
        throw UserError{pos.first() + ": nothing imported (" + QString::number(report.skipped) +
                        " record(s) skipped; see the report above)" +
                        (created ? QStringLiteral("; no project was created") : QString())};
    }
    return kOk;
}

} // namespace memescope::cli
