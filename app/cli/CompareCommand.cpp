#include "CliCommon.h"
#include "core/analysis/RunComparison.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"

#include <QCommandLineParser>
#include <QDir>

namespace memescope::cli {
int runCompare(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Compare two finished runs of a project on the same memes: per metric the difference B - A with its "
        "paired-bootstrap 95 % interval and the p-value of a paired approximate randomisation test, and "
        "whether "
        "the difference is distinguishable from noise.");
    p.addPositionalArgument("RUN_A", "A run folder written by 'train', or the run's id in the project.");
    p.addPositionalArgument("RUN_B", "The other run.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"split", "test or val (labelled memes of that split).", "SPLIT", "test"});
    p.addOption({"shuffles", "Shuffles of the randomisation test (default 10000).", "N", "10000"});
    p.addOption({"alpha", "Significance level (default 0.05).", "X", "0.05"});
    p.addOption({"json", "Print the comparison as JSON on the last line."});
    parseOrThrow(p, args);
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    const QStringList runs = p.positionalArguments();
    if (runs.size() != 2) throw UserError{"name two runs: compare --project FILE RUN_A RUN_B"};
    const std::optional<Split> split = splitFromString(p.value("split"));
    if (!split || (*split != Split::Test && *split != Split::Validation))
        throw UserError{"--split '" + p.value("split") + "': expected test or val"};
    bool ok = false;
    const qint64 shuffles = p.value("shuffles").toLongLong(&ok);
    if (!ok || shuffles < 100 || shuffles > 10000000)
        throw UserError{"--shuffles takes a whole number 100..10000000"};
    const double alpha = p.value("alpha").toDouble(&ok);
    if (!ok || alpha <= 0 || alpha >= 0.5) throw UserError{"--alpha takes a number between 0 and 0.5"};
    const CliOutput out(p.isSet("json"));
    auto store = openForReading(p.value("project"), out);
    const RunRecord a = findRun(*store, runs[0], p.value("project"), RunNeeds::Finished);
    const RunRecord b = findRun(*store, runs[1], p.value("project"), RunNeeds::Finished);
    const RunComparison c = compareRuns(*store, a, b, *split, shuffles, alpha);
    out.result(c.toJson(), c.toText());
    return kOk;
}

} // namespace memescope::cli
