#pragma once

#include "core/store/Split.h"

#include "core/analysis/EvaluationReport.h"
#include "core/ml/config/ModelConfig.h"
#include "core/util/JobContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace memescope {

class ProjectStore;

// This process's place in a data-parallel job (torchrun's RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR,
// MASTER_PORT; the CLI reads them). Rank 0 writes the project and the run folder; the other ranks open the
// project read-only and write nothing.
struct DataParallelRank {
    int rank = 0, worldSize = 1, localRank = 0;
    QString masterAddr = QStringLiteral("127.0.0.1");
    int masterPort = 29500;
    int timeoutSeconds = 60; // a rank that died or hangs ends the job on every other rank within this time
    bool enabled() const { return worldSize > 1; }
    bool writes() const { return rank == 0; }
};

// What to train. The run directory receives model/ (the best epoch, loadable by ModelSession::load or the
// baseline loader), checkpoints/ (for resume), config.json and result.json.
struct TrainingRequest {
    QString runDir;
    ml::ModelConfig config = ml::ModelConfig::tiny(); // the project's labels are filled in by trainRun
    QString name;                                     // shown in run lists; defaults to the run folder's name
    QString task; // optional: "axiom" (single-label) or "restore" (multi-label) must match the project
    QString device = "auto"; // auto | cpu | cuda
    QString splitScheme;     // a named split scheme (SplitSchemeStore); empty: the dataset's own split
    bool resume = false;     // continue the run in runDir from its last complete epoch
    int loaderThreads = 2;
    // Frozen encoder layers (freeze_text_layers / freeze_image_layers): compute their features once per meme
    // and keep them in the project's feature cache (FeatureCaching.h), instead of running them every epoch.
    bool featureCache = true;
    qint64 killAfterBatches =
        -1; // crash trials only: the process kills itself (SIGKILL) after this many batches
    qint64 ablation = 0;
    DataParallelRank parallel; // one process unless worldSize > 1
    int computeThreads = 0;    // LibTorch threads while this run trains (0: as many as the process uses)
    // Read by trainOnLocalRanks (trainRun ignores it): this many ranks on this machine, this process rank 0.
    int localRanks = 1;
};

enum class TrainingPhase { CachingFeatures, Training, Evaluating };

struct TrainingProgress {
    // CachingFeatures: frozen encoders' features of the memes not cached yet (batch = memes done, batches =
    // memes to compute); Evaluating: scoring every meme with the best epoch.
    TrainingPhase phase = TrainingPhase::Training;
    int epoch = 0, epochs = 0;
    qint64 batch = 0, batches = 0;
    double loss = 0, learningRate = 0, samplesPerSecond = 0, etaSeconds = 0, dataWaitShare = 0;

    // The bar: batches of the whole run (epoch e of E, batch b of B: (e - 1) B + b of E B); this as the
    // detail.
    JobProgress toJobProgress() const;
};

struct TrainingResult {
    qint64 runId = 0;
    QString runDir, device;
    bool cancelled = false;
    int bestEpoch = 0;
    double seconds = 0, samplesPerSecond = 0, dataWaitShare = 0;
    // The training process's peak resident memory during the run (rank 0's for several processes; the GUI's
    // own share included when it trains in the GUI); 0 where the system does not say.
    int64_t peakMemoryBytes = 0;
    SplitEvaluation val, test;
    QJsonArray history;
    QVector<float> thresholds; // multi-label decision thresholds used (tuned or 0.5)
    QJsonObject baseline;      // tfidf_lr: the C and thresholds chosen on validation, and why
    QJsonObject wide;          // wide-and-deep: the TF-IDF part's weight chosen on validation
    // Frozen encoders: {"memes", "computed", "seconds", "bytes", "folders"} of the feature cache (empty:
    // none).
    QJsonObject featureCache;
    QString splitScheme = QStringLiteral("original"); // the split the figures rest on
    QJsonObject toJson() const;                       // the CLI's {"run", "best_epoch", "val", "test", ...}
};

// Trains (or fits the TF-IDF baseline when the config's model is TfidfLr) on the project's train split,
// keeps the best epoch by validation, scores validation and test, and stores the run, its epochs, the
// predicted probabilities of every sample and (neural models) embeddings and attention maps in the project.
// Reports through `job`, on the calling thread: progress before every batch (detail: TrainingProgress), notes
// (substitutions, problems) as messages, each finished epoch's record (a QJsonObject: loss, validation
// metrics) as a record; cancellation is polled before every batch. Throws EngineError (bad config, no
// training data, CUDA asked for but absent, unreadable checkpoint).
TrainingResult trainRun(ProjectStore& store, const TrainingRequest& request, const JobContext& job = {});

// Data-parallel training for a program that holds the project open (the GUI): rank 0 is this process, on the
// calling thread through trainRun — so the job's progress, epochs and cancellation are the whole job's —, and
// ranks 1 .. request.localRanks-1 are child processes of `workerProgram` (memescope-cli `train`, same config)
// that read the project without its lock and write nothing. Each rank gets its share of the cores (or its
// GPU with device "auto"). A rank that fails ends the job with an EngineError that names it, its exit and
// the end of its log (RUN_DIR/logs/rank-N.log). One rank: trainRun alone.
TrainingResult trainOnLocalRanks(ProjectStore& store, TrainingRequest request, const QString& workerProgram,
                                 const JobContext& job = {});
// memescope-cli beside this program (how the GUI finds its worker ranks).
QString defaultWorkerProgram();

// Scores a trained run directory (neural or baseline) on a split of the project (Train, Validation or Test;
// nullopt: every labelled meme). `splitScheme`: which split scheme's `split` (empty: the dataset's own).
SplitEvaluation evaluateRun(ProjectStore& store, const QString& runDir, std::optional<Split> split,
                            const JobContext& job = {}, const QString& splitScheme = {});

// The devices this build can train on, e.g. {"cpu": "CPU, 2 threads", "cuda:0": "CUDA: NVIDIA H100"}.
QJsonObject trainingDevices();

} // namespace memescope

Q_DECLARE_METATYPE(memescope::TrainingProgress)
Q_DECLARE_METATYPE(memescope::TrainingResult)
