#include "RankLauncher.h"

#include "CliCommon.h"

#include "core/engine/LocalRanks.h"

#include <QCoreApplication>
#include <QDir>

#include <csignal>
#include <cstdio>

namespace memescope::cli {
namespace {

int intVariable(const char* name, int fallback, int least) {
    if (!qEnvironmentVariableIsSet(name)) return fallback;
    bool ok = false;
    const int v = qEnvironmentVariable(name).toInt(&ok);
    if (!ok || v < least)
        throw UserError{QStringLiteral("environment variable %1='%2': expected an integer of at least %3")
                            .arg(name, qEnvironmentVariable(name))
                            .arg(least)};
    return v;
}

} // namespace

DataParallelRank rankFromEnvironment(int timeoutSeconds) {
    DataParallelRank r;
    r.timeoutSeconds = timeoutSeconds;
    const bool torchrun = qEnvironmentVariableIsSet("WORLD_SIZE");
    const bool slurm = !torchrun && qEnvironmentVariableIsSet("SLURM_NTASKS");
    if (!torchrun && !slurm) return r;
    r.worldSize = intVariable(torchrun ? "WORLD_SIZE" : "SLURM_NTASKS", 1, 1);
    r.rank = intVariable(torchrun ? "RANK" : "SLURM_PROCID", 0, 0);
    r.localRank = intVariable(torchrun ? "LOCAL_RANK" : "SLURM_LOCALID", 0, 0);
    if (r.rank >= r.worldSize)
        throw UserError{
            QStringLiteral("rank %1 is not below the world size %2").arg(r.rank).arg(r.worldSize)};
    if (qEnvironmentVariableIsSet("MASTER_ADDR"))
        r.masterAddr = qEnvironmentVariable("MASTER_ADDR");
    else if (r.worldSize > 1 && slurm)
        throw UserError{"MASTER_ADDR is not set: export it in the batch script (the first node's host name)"};
    r.masterPort = intVariable("MASTER_PORT", r.masterPort, 1);
    return r;
}

QStringList withoutOption(QStringList args, const QString& option) {
    for (int i = 0; i < args.size();) {
        if (args[i] == "--" + option) {
            args.remove(i, std::min<qsizetype>(2, args.size() - i));
        } else if (args[i].startsWith("--" + option + "=")) {
            args.removeAt(i);
        } else {
            ++i;
        }
    }
    return args;
}

int launchLocalRanks(const QStringList& args, int ranks, const QString& runDir, int timeoutSeconds) {
    LocalRankLaunch launch;
    launch.program = QCoreApplication::applicationFilePath();
    launch.arguments = args;
    launch.worldSize = ranks;
    launch.port = freeLoopbackPort();
    launch.logsDir = QDir(runDir).filePath("logs");
    launch.forwardRankZero = true;
    launch.timeoutSeconds = timeoutSeconds;
    LocalRankProcesses processes(launch, 0);
    std::fprintf(stderr, "started %d ranks on this machine (the others' output: %s/rank-N.log)\n", ranks,
                 qPrintable(launch.logsDir));
    // Ctrl-C reaches every rank (one process group): they agree to stop at the same batch. The launcher waits
    // for them instead of dying first.
    const auto previousInterrupt = std::signal(SIGINT, SIG_IGN);
    const int failure =
        processes.waitForAll([](const QString& text) { std::fprintf(stderr, "%s\n", qPrintable(text)); });
    std::signal(SIGINT, previousInterrupt);
    return failure;
}

} // namespace memescope::cli
