#include "CliCommon.h"
#include "core/dataset/DatasetExporter.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace memescope::cli {

int runExport(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Write a project back in its original dataset layout (or as generic CSV/JSONL).");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"out", "Output folder.", "DIR"});
    p.addOption({"format", "auto (the project's own), axiom, restore, csv or jsonl.", "FORMAT", "auto"});
    p.addOption({"no-images", "Do not copy the images."});
    p.addOption({"json", "Print a JSON summary as the last line."});
    parseOrThrow(p, args);
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    if (!p.isSet("out")) throw UserError{"--out DIR is required"};
    ExportOptions o;
    const auto format = datasetFormatFromString(p.value("format"));
    if (!format) throw UserError{"unknown --format '" + p.value("format") + "'"};
    o.format = *format;
    o.copyImages = !p.isSet("no-images");
    const CliOutput out(p.isSet("json"));
    auto store = openForReading(p.value("project"), out);
    const ExportSummary s = DatasetExporter::exportProject(*store, p.value("out"), o);
    out.result({{"samples", s.samples}, {"images", s.images}, {"files", QJsonArray::fromStringList(s.files)}},
               QStringLiteral("Exported %1 samples (%2 images) to %3: %4")
                   .arg(s.samples)
                   .arg(s.images)
                   .arg(p.value("out"), s.files.join(", ")));
    return kOk;
}

} // namespace memescope::cli
