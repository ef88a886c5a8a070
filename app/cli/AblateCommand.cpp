#include "CliCommon.h"
#include "ProgressBar.h"
#include "core/engine/Ablation.h"
#include "core/engine/ModelSession.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <atomic>
#include <optional>

namespace memescope::cli {
int runAblate(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Run an ablation study: every config of --configs (overrides of a base config) for each seed, one "
        "after "
        "another; writes DIR/table.csv and DIR/table.md (mean ± std per metric) and stores the study in the "
        "project. A study interrupted with Ctrl-C continues when run again with the same --out.\n"
        "--configs standard runs every switch of the engine (the TF-IDF part, contrastive, MoE, fusion, "
        "text-only, image-only, OCR source, figurative reasoning, TF-IDF baseline).");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"out", "Folder for the runs and the tables.", "DIR"});
    p.addOption({"configs", "Study file (JSON), or 'standard'.", "FILE.json"});
    p.addOption({"seeds", "Seeds per config (overrides the file).", "N"});
    p.addOption({"epochs", "Epochs per run (overrides the file).", "N"});
    p.addOption({"device", "auto, cpu, cuda or cuda:N.", "DEVICE", "auto"});
    p.addOption({"json", "Print a JSON summary as the last line."});
    parseOrThrow(p, args);
    for (const char* required : {"project", "out", "configs"})
        if (!p.isSet(required)) throw UserError{QStringLiteral("--%1 is required").arg(required)};
    AblationSpec spec;
    if (p.value("configs") == "standard") {
        spec = AblationSpec::standard();
    } else {
        QFile f(p.value("configs"));
        if (!f.open(QIODevice::ReadOnly))
            throw UserError{p.value("configs") + ": cannot read: " + f.errorString()};
        spec = AblationSpec::fromJson(f.readAll(), p.value("configs"));
    }
    for (const char* key : {"seeds", "epochs"}) {
        if (!p.isSet(key)) continue;
        bool ok = false;
        const int v = p.value(key).toInt(&ok);
        if (!ok || v < 1) throw UserError{QStringLiteral("--%1 must be a positive integer").arg(key)};
        (QString(key) == "seeds" ? spec.seeds : spec.epochs) = v;
    }
    spec.device = p.value("device");
    const CliOutput out(p.isSet("json"));
    auto store = ProjectStore::open(p.value("project"), ProjectStore::Mode::OpenExisting);
    ProgressBar bar("ablate", ProgressBar::Timing::FromCaller); // counts one run's batches
    ProgressBar featuresBar("features"); // the frozen encoders' features, computed once per set of them
    std::optional<InterruptScope> interrupts(std::in_place);
    JobContext::Listener listener;
    listener.progress = [&](const JobProgress& jp) {
        const auto study = jp.detail.value<AblationProgress>();
        const TrainingProgress& pr = study.training;
        if (pr.phase == TrainingPhase::CachingFeatures) {
            featuresBar.update(int(pr.batch), int(pr.batches),
                               QStringLiteral("run %1/%2 %3: memes through the frozen encoders")
                                   .arg(study.run + 1)
                                   .arg(study.count)
                                   .arg(study.variant));
            if (pr.batch == pr.batches) featuresBar.finish();
            return;
        }
        if (pr.phase != TrainingPhase::Training) return;
        bar.update(
            int(pr.batch), int(pr.batches),
            QStringLiteral("run %1/%2 %3 seed %4 epoch %5/%6%7")
                .arg(study.run + 1)
                .arg(study.count)
                .arg(study.variant)
                .arg(study.seed)
                .arg(pr.epoch)
                .arg(pr.epochs)
                .arg(pr.etaSeconds > 0 ? " · this run's ETA " + humanDuration(pr.etaSeconds) : QString()));
    };
    listener.record = [&](const QVariant& record) {
        const auto r = record.value<AblationRow>();
        bar.finish();
        out.progress(QStringLiteral("%1, seed %2: test macro-F1 %3, weighted-F1 %4 (%5 s)")
                         .arg(r.variant)
                         .arg(r.seed)
                         .arg(r.testMacroF1, 0, 'f', 4)
                         .arg(r.testWeightedF1, 0, 'f', 4)
                         .arg(r.seconds, 0, 'f', 0));
    };
    const AblationResult res = runAblation(*store, spec, p.value("out"), out.job(listener));
    interrupts.reset();
    out.result(res.toJson(),
               ablationMarkdown(res.table) + "\nwritten: " + res.csvPath + ", " + res.markdownPath +
                   (res.cancelled ? "\n(cancelled: run again with the same --out to continue)" : ""));
    return res.cancelled ? kUserError : kOk;
}

} // namespace memescope::cli
