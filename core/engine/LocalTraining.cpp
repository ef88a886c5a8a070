// trainOnLocalRanks: rank 0 in this process, the other ranks as memescope-cli children (RunTraining.h).
#include "EngineError.h"
#include "LocalRanks.h"
#include "ModelConfigJson.h"
#include "RunTraining.h"
#include "core/store/ProjectStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>

#include <chrono>
#include <future>
#include <thread>

namespace memescope {
namespace {

// The worker ranks' command: the same run as rank 0's, its settings spelled out in full.
QStringList workerArguments(const ProjectStore& store, const TrainingRequest& r) {
    QStringList args = {
        "train",
        "--project",
        store.path(),
        "--out",
        QDir(r.runDir).absolutePath(),
        "--config",
        QString::fromUtf8(QJsonDocument(modelConfigToJson(r.config)).toJson(QJsonDocument::Compact)),
        "--device",
        r.device,
        "--threads",
        QString::number(r.loaderThreads),
        "--rank-timeout",
        QString::number(r.parallel.timeoutSeconds)};
    if (!r.task.isEmpty()) args << "--task" << r.task;
    if (!r.splitScheme.isEmpty()) args << "--split-scheme" << r.splitScheme;
    if (r.resume) args << "--resume";
    if (!r.featureCache) args << "--no-feature-cache";
    return args;
}

} // namespace

QString defaultWorkerProgram() {
    return QDir(QCoreApplication::applicationDirPath()).filePath("memescope-cli");
}

TrainingResult trainOnLocalRanks(ProjectStore& store, TrainingRequest request, const QString& workerProgram,
                                 const JobContext& job) {
    const int ranks = request.localRanks;
    if (ranks <= 1) return trainRun(store, request, job);
    if (!QFileInfo(workerProgram).isExecutable())
        throw EngineError(workerProgram +
                          ": the program that runs the other ranks is missing (memescope-cli belongs beside "
                          "this program); train in one process or reinstall MemeScope");
    request.parallel.rank = 0;
    request.parallel.localRank = 0;
    request.parallel.worldSize = ranks;
    request.parallel.masterAddr = QStringLiteral("127.0.0.1");
    request.parallel.masterPort = freeLoopbackPort();
    if (request.computeThreads <= 0) request.computeThreads = threadsPerRank(ranks);

    LocalRankLaunch launch;
    launch.program = workerProgram;
    launch.arguments = workerArguments(store, request);
    launch.worldSize = ranks;
    launch.port = request.parallel.masterPort;
    launch.logsDir = QDir(request.runDir).filePath("logs");
    launch.timeoutSeconds = request.parallel.timeoutSeconds;

    // The workers are children of a thread that lives as long as they do (they get SIGTERM when it ends) and
    // watches them while rank 0 trains on this one.
    std::atomic_bool abandon{false}, workersEnded{false};
    QMutex failureLock;
    QString workerFailure;
    std::promise<void> started;
    std::thread watcher([&] {
        std::optional<LocalRankProcesses> workers;
        try {
            workers.emplace(launch, 1);
        } catch (...) {
            started.set_exception(std::current_exception());
            return;
        }
        started.set_value();
        workers->waitForAll(
            [&](const QString& text) {
                const QMutexLocker locked(&failureLock);
                workerFailure += (workerFailure.isEmpty() ? QString() : QStringLiteral("\n")) + text;
            },
            &abandon);
        workersEnded = true;
    });
    try {
        started.get_future().get();
    } catch (...) {
        watcher.join();
        throw;
    }
    auto failureSoFar = [&] {
        const QMutexLocker locked(&failureLock);
        return workerFailure;
    };
    try {
        TrainingResult result = trainRun(store, request, job);
        // The workers end after their share of the last epoch, before rank 0 has scored the memes; one that
        // hangs on its way out is stopped rather than holding the job open.
        QElapsedTimer grace;
        grace.start();
        while (!workersEnded && grace.elapsed() < qint64(request.parallel.timeoutSeconds + 30) * 1000)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        abandon = true;
        watcher.join();
        if (const QString f = failureSoFar(); !f.isEmpty() && !result.cancelled)
            job.message("warning: a worker rank ended badly after training: " + f);
        return result;
    } catch (const Error& e) {
        abandon = true; // they write nothing: nothing is lost by stopping them now
        watcher.join();
        const QString cause = failureSoFar();
        if (cause.isEmpty()) throw;
        throw EngineError(e.message() + QStringLiteral("\n") + cause);
    } catch (...) {
        abandon = true;
        watcher.join();
        throw;
    }
}

} // namespace memescope
