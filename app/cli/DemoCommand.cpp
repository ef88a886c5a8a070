#include "CliCommon.h"
#include "core/demo/DemoGenerator.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <cstdio>

namespace memescope::cli {

int runDemo(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Write the synthetic demo datasets (AxiOM-style under DIR/axiom, RESTORE-style "
        "under DIR/restore) in the real layouts.");
    p.addOption({"out", "Output folder.", "DIR"});
    p.addOption({"seed", "Random seed (same seed, same files).", "N", "7"});
    p.addOption({"json", "Print a JSON summary as the last line."});
    p.addOption({"generator-version", "Print the demo generator's version (it changes whenever the files it "
                                      "writes do) and exit."});
    parseOrThrow(p, args);
    if (p.isSet("generator-version")) {
        std::fputs(qPrintable(QString::number(DemoGenerator::kVersion) + '\n'), stdout);
        return kOk;
    }
    if (!p.isSet("out")) throw UserError{"--out DIR is required"};
    bool ok = false;
    const uint32_t seed = p.value("seed").toUInt(&ok);
    if (!ok) throw UserError{"--seed must be a non-negative integer, got '" + p.value("seed") + "'"};
    const CliOutput out(p.isSet("json"));
    DemoOptions o;
    o.outDir = p.value("out");
    o.seed = seed;
    JobContext::Listener listener;
    listener.progress = [&](const JobProgress& jp) {
        out.progress(QStringLiteral("rendering memes %1/%2").arg(jp.done).arg(jp.total));
    };
    const DemoSummary s = DemoGenerator::generate(o, out.job(listener));
    QString text = QStringLiteral("Demo datasets written in %1 s:\n  AxiOM-style:   %2 (%3 records)\n  "
                                  "RESTORE-style: %4 (%5 records)\n"
                                  "Broken on purpose (the import report lists them):\n")
                       .arg(s.seconds, 0, 'f', 1)
                       .arg(s.axiomDir)
                       .arg(s.axiomRecords)
                       .arg(s.restoreDir)
                       .arg(s.restoreRecords);
    for (const auto& b : s.brokenEntries)
        text += "  " + b + '\n';
    out.result({{"axiom_dir", s.axiomDir},
                {"restore_dir", s.restoreDir},
                {"axiom_records", s.axiomRecords},
                {"restore_records", s.restoreRecords},
                {"images", s.images},
                {"seconds", s.seconds},
                {"broken", QJsonArray::fromStringList(s.brokenEntries)}},
               text.trimmed());
    return kOk;
}

} // namespace memescope::cli
