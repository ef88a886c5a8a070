#include "CliCommon.h"
#include "core/engine/report/ReportBuilder.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>

namespace memescope::cli {

int runReport(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Write the analysis report of a trained run: HTML (self-contained) or PDF, by the "
        "extension of --out.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"run", "Run folder written by 'train' (or the run's id in the project).", "RUN_DIR"});
    p.addOption({"out", "FILE.html or FILE.pdf.", "FILE"});
    p.addOption({"examples", "Misclassified examples to show.", "N", "8"});
    p.addOption({"ablation",
                 "Include the project's latest ablation study even when this run is not one of its "
                 "runs."});
    p.addOption({"json", "Print a JSON summary as the last line."});
    parseOrThrow(p, args);
    for (const char* required : {"project", "run", "out"})
        if (!p.isSet(required)) throw UserError{QStringLiteral("--%1 is required").arg(required)};
    const CliOutput out(p.isSet("json"));
    auto store = openForReading(p.value("project"), out);
    const qint64 runId = findRun(*store, p.value("run"), p.value("project"), RunNeeds::Any).id;
    const ReportResult r =
        writeRunReport(*store, runId, p.value("out"), p.value("examples").toInt(), {}, p.isSet("ablation"));
    out.result({{"report", r.path},
                {"sections", QJsonArray::fromStringList(r.sections)},
                {"images", r.images},
                {"pages", r.pages}},
               QStringLiteral("wrote %1 (%2 sections, %3 images%4)")
                   .arg(r.path)
                   .arg(r.sections.size())
                   .arg(r.images)
                   .arg(r.pages ? QStringLiteral(", %1 pages").arg(r.pages) : QString()));
    return kOk;
}

} // namespace memescope::cli
