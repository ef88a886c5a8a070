#include "CliCommon.h"
#include "ConfigOption.h"
#include "ProgressBar.h"
#include "RankLauncher.h"
#include "core/engine/EpochRecords.h"
#include "core/engine/ModelSession.h"
#include "core/engine/RunTraining.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <atomic>
#include <optional>

namespace memescope::cli {
namespace {

// "test (120 samples): macro-F1 0.5780 (0.49–0.66), ..." with the 95 % bootstrap intervals when there are
// any (or why not), then the leak-free figures.
QString figuresLine(const SplitEvaluation& e) {
    const SplitIntervals ci = e.intervals.value_or(SplitIntervals{});
    QString line =
        QStringLiteral("%1 (%2 samples): macro-F1 %3, weighted-F1 %4, accuracy %5")
            .arg(e.split)
            .arg(e.samples)
            .arg(withInterval(e.macroF1, ci.macroF1, 4), withInterval(e.weightedF1, ci.weightedF1, 4),
                 withInterval(e.accuracy, ci.accuracy, 4));
    if (e.intervals && e.intervals->reason.isEmpty())
        line += QStringLiteral(
                    "\n  95 % intervals: percentile bootstrap over the %1 memes, %2 resamples, seed %3")
                    .arg(e.split)
                    .arg(ci.resamples)
                    .arg(ci.seed);
    else if (e.intervals)
        line += "\n  no intervals: " + ci.reason;
    const QString leaks = describeLeakFree(e, 4);
    return leaks.isEmpty() ? line : line + "\n  leak-free: " + leaks;
}

QString perClassTable(const SplitEvaluation& e) {
    QString s = QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                    .arg("label", -32)
                    .arg("precision", 9)
                    .arg("recall", 9)
                    .arg("F1", 9)
                    .arg("F1 95 % interval", -28)
                    .arg("support", 8);
    for (int i = 0; i < e.perClass.size(); ++i) {
        const ClassFigures& c = e.perClass[i];
        const IntervalFigure ci = e.intervals ? e.intervals->perClassF1.value(i) : IntervalFigure{};
        const QString interval = ci.shown
                                     ? QStringLiteral("%1–%2").arg(ci.low, 0, 'f', 3).arg(ci.high, 0, 'f', 3)
                                     : ci.reason.left(28);
        s += QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                 .arg(c.label.left(32), -32)
                 .arg(c.precision, 9, 'f', 4)
                 .arg(c.recall, 9, 'f', 4)
                 .arg(c.f1, 9, 'f', 4)
                 .arg(interval, -28)
                 .arg(c.support, 8);
    }
    return s;
}

} // namespace

int runTrain(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Train a model (or the TF-IDF baseline with --config '{\"model\":\"tfidf_lr\"}') on the project's "
        "train "
        "split, keep the best epoch by validation, score validation and test, store everything in the "
        "project.\n"
        "Ctrl-C stops within one batch; --resume continues from the last finished epoch.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"out", "Run folder (model, checkpoints, result.json).", "RUN_DIR"});
    p.addOption({"preset", "tiny (CPU-friendly, random init) or seed (the reference design).", "NAME"});
    p.addOption({"config", "Config overrides: a JSON object or a .json file.", "JSON"});
    p.addOption({"task", "axiom or restore: checked against the project's labels.", "TASK"});
    p.addOption({"epochs", "Epochs.", "N"});
    p.addOption({"seed", "Random seed.", "N"});
    p.addOption({"text-checkpoint",
                 "Hugging Face RoBERTa folder to start the text encoder from (config.json, weights as "
                 "model.safetensors, shards or pytorch_model.bin, vocab.json + merges.txt), e.g. a download "
                 "of mental/mental-roberta-base.",
                 "DIR"});
    p.addOption({"image-checkpoint",
                 "Hugging Face CLIP folder (CLIPModel or CLIPVisionModel) to start the image encoder from, "
                 "e.g. a download of openai/clip-vit-base-patch32.",
                 "DIR"});
    p.addOption({"device", "auto, cpu, cuda or cuda:N.", "DEVICE", "auto"});
    p.addOption({"resume", "Continue the run in --out from its last complete epoch."});
    p.addOption({"threads", "Data-loading threads.", "N", "2"});
    p.addOption({"json", "Print a JSON summary as the last line."});
    p.addOption({"nproc",
                 "Data-parallel training in N processes on this machine (one per GPU with CUDA): each takes "
                 "batch_size memes of every global batch of N x batch_size. Under torchrun or Slurm (RANK / "
                 "SLURM_PROCID set) each process is one rank instead.",
                 "N"});
    p.addOption({"rank-timeout",
                 "Seconds after which a rank that died or hangs ends the job on every other rank.", "SECONDS",
                 "60"});
    p.addOption({"no-feature-cache",
                 "Run frozen encoder layers every epoch instead of computing their features once into the "
                 "project's feature cache (see 'cache')."});
    p.addOption({"split-scheme",
                 "Train, validate and test on this split scheme of the project (see 'split'); default: the "
                 "dataset's own split.",
                 "NAME"});
    parseOrThrow(p, args);
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    if (!p.isSet("out")) throw UserError{"--out RUN_DIR is required"};
    bool ok = false;
    const int rankTimeout = p.value("rank-timeout").toInt(&ok);
    if (!ok || rankTimeout < 1) throw UserError{"--rank-timeout must be a positive number of seconds"};
    DataParallelRank parallel = rankFromEnvironment(rankTimeout);
    if (p.isSet("nproc") && !parallel.enabled()) {
        const int n = p.value("nproc").toInt(&ok);
        if (!ok || n < 1) throw UserError{"--nproc must be a positive integer"};
        if (n > 1) return launchLocalRanks(withoutOption(args, "nproc"), n, p.value("out"), rankTimeout);
    }
    TrainingRequest r;
    r.parallel = parallel;
    r.runDir = p.value("out");
    r.config = modelConfigFromOptions(p);
    r.task = p.value("task");
    r.splitScheme = p.value("split-scheme");
    r.device = p.value("device");
    r.resume = p.isSet("resume");
    r.featureCache = !p.isSet("no-feature-cache");
    r.loaderThreads = p.value("threads").toInt(&ok);
    if (!ok || r.loaderThreads < 1) throw UserError{"--threads must be a positive integer"};
    // The crash trials' hook (tests only): the CLI dies by SIGKILL mid-epoch, as a power cut would end it.
    if (const qint64 kill = qEnvironmentVariableIntValue("MEMESCOPE_TEST_KILL_AFTER_BATCHES", &ok); ok)
        r.killAfterBatches = kill;
    const CliOutput out(p.isSet("json"));
    // Rank 0 holds the project; the other ranks read their memes without the lock and write nothing.
    auto store = ProjectStore::open(p.value("project"), parallel.writes() ? ProjectStore::Mode::OpenExisting
                                                                          : ProjectStore::Mode::ReadOnly);
    // The bar counts the batches of the current epoch; the one ETA is the trainer's, for the whole run.
    ProgressBar bar("train", ProgressBar::Timing::FromCaller);
    ProgressBar featuresBar("features"); // frozen encoders' features, computed once before the epochs
    std::optional<InterruptScope> interrupts(std::in_place);
    JobContext::Listener listener;
    listener.progress = [&](const JobProgress& jp) {
        const auto pr = jp.detail.value<TrainingProgress>();
        if (pr.phase == TrainingPhase::CachingFeatures) {
            featuresBar.update(int(pr.batch), int(pr.batches),
                               QStringLiteral("memes through the frozen encoders"));
            if (pr.batch == pr.batches) featuresBar.finish();
            return;
        }
        if (pr.phase != TrainingPhase::Training) return;
        bar.update(int(pr.batch), int(pr.batches),
                   QStringLiteral("batches of epoch %1/%2 · loss %3 · %4 memes/s%5")
                       .arg(pr.epoch)
                       .arg(pr.epochs)
                       .arg(pr.loss, 0, 'f', 3)
                       .arg(pr.samplesPerSecond, 0, 'f', 1)
                       .arg(pr.etaSeconds > 0 ? " · run ETA " + humanDuration(pr.etaSeconds) : QString()));
    };
    listener.record = [&](const QVariant& record) {
        const std::optional<ml::EpochRecord> e = epochRecordFromJson(record.toJsonObject());
        bar.finish();
        if (!e) return;
        out.progress(QStringLiteral("epoch %1: loss %2, val macro-F1 %3, weighted-F1 %4%5")
                         .arg(e->epoch)
                         .arg(e->trainLoss, 0, 'f', 4)
                         .arg(e->valMacroF1, 0, 'f', 4)
                         .arg(e->valWeightedF1, 0, 'f', 4)
                         .arg(e->best ? " (best so far)" : ""));
    };
    const TrainingResult res = trainRun(*store, r, out.job(listener));
    interrupts.reset();
    if (res.cancelled) {
        out.result(res.toJson(), "training cancelled; continue with --resume (finished epochs are kept)");
        return kUserError;
    }
    if (!r.parallel.writes()) { // rank 0 scores the memes, stores the run and prints its summary
        out.progress(QStringLiteral("rank %1 of %2: trained its share of every epoch")
                         .arg(r.parallel.rank)
                         .arg(r.parallel.worldSize));
        return kOk;
    }
    const QString text = QStringLiteral("run %1 finished in %2 s on %3 (best epoch %4)\n%5\n%6\n%7")
                             .arg(QDir(res.runDir).dirName())
                             .arg(res.seconds, 0, 'f', 1)
                             .arg(res.device)
                             .arg(res.bestEpoch)
                             .arg(figuresLine(res.val), figuresLine(res.test), perClassTable(res.test));
    out.result(res.toJson(), text);
    return kOk;
}

int runEval(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription("Score a trained run on a split of a project (per-class figures included).");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"run", "Run folder written by 'train'.", "RUN_DIR"});
    p.addOption({"split", "test, val, train or all (labelled samples).", "SPLIT", "test"});
    p.addOption(
        {"split-scheme", "Which split scheme's SPLIT (see 'split'); default: the dataset's own.", "NAME"});
    p.addOption({"json", "Print a JSON summary as the last line."});
    parseOrThrow(p, args);
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    if (!p.isSet("run")) throw UserError{"--run RUN_DIR is required"};
    const CliOutput out(p.isSet("json"));
    auto store = openForReading(p.value("project"), out);
    std::optional<Split> split; // all labelled memes
    if (const QString name = p.value("split"); name != QLatin1String("all")) {
        split = splitFromString(name);
        if (!split || *split == Split::Unassigned)
            throw UserError{"--split '" + name + "': expected train, val, test or all"};
    }
    const SplitEvaluation e = evaluateRun(*store, p.value("run"), split, {}, p.value("split-scheme"));
    out.result(e.toJson(), figuresLine(e) + "\n" + perClassTable(e));
    return kOk;
}

} // namespace memescope::cli
