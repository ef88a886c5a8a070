#include "CliCommon.h"
#include "core/dataset/DatasetImporter.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>

namespace memescope::cli {

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
    auto store = ProjectStore::open(p.value("project"));
    const ImportReport report = DatasetImporter::importPath(*store, pos.first(), o, out.job());
    out.result(report.toJson(), report.toText(out.json() ? 50 : 1000).trimmed());
    return kOk;
}

} // namespace memescope::cli
