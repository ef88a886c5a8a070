#include "RankLauncher.h"

#include "CliCommon.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <memory>
#include <vector>

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

// A port nobody listens on now (the rendezvous of a job on this machine).
int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0; // the kernel picks one
    socklen_t size = sizeof a;
    const bool ok = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &size) == 0;
    if (fd >= 0) ::close(fd);
    if (!ok) throw UserError{"no free local port for the ranks to meet on"};
    return ntohs(a.sin_port);
}

QString exitText(const QProcess& p) {
    if (p.exitStatus() == QProcess::CrashExit) return QStringLiteral("was killed (crashed or a signal)");
    return QStringLiteral("exited with code %1").arg(p.exitCode());
}

QString logTail(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QByteArray all = f.readAll();
    return QString::fromUtf8(all.right(800)).trimmed();
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
    const QString logs = QDir(runDir).filePath("logs");
    if (!QDir().mkpath(logs)) throw UserError{logs + ": cannot create the folder for the ranks' logs"};
    const int port = freePort();
    std::vector<std::unique_ptr<QProcess>> procs;
    for (int r = 0; r < ranks; ++r) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("RANK", QString::number(r));
        env.insert("LOCAL_RANK", QString::number(r));
        env.insert("WORLD_SIZE", QString::number(ranks));
        env.insert("MASTER_ADDR", "127.0.0.1");
        env.insert("MASTER_PORT", QString::number(port));
        // The machine's cores shared between the ranks (as torchrun does), unless the user chose.
        if (!env.contains("OMP_NUM_THREADS"))
            env.insert("OMP_NUM_THREADS", QString::number(std::max(1, QThread::idealThreadCount() / ranks)));
        p->setProcessEnvironment(env);
        // A launcher that is killed or hung up on (scancel, a closed terminal) takes its ranks with it.
        p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        if (r == 0) {
            p->setProcessChannelMode(QProcess::ForwardedChannels);
        } else {
            p->setStandardOutputFile(QProcess::nullDevice());
            p->setStandardErrorFile(QDir(logs).filePath(QStringLiteral("rank-%1.log").arg(r)));
        }
        p->start(QCoreApplication::applicationFilePath(), args);
        if (!p->waitForStarted(30000))
            throw UserError{QStringLiteral("rank %1 did not start: %2").arg(r).arg(p->errorString())};
        procs.push_back(std::move(p));
    }
    std::fprintf(stderr, "started %d ranks on this machine (the others' output: %s/rank-N.log)\n", ranks,
                 qPrintable(logs));
    // Ctrl-C reaches every rank (one process group): they agree to stop at the same batch. The launcher waits
    // for them instead of dying first.
    const auto previousInterrupt = std::signal(SIGINT, SIG_IGN);
    std::vector<bool> reported(size_t(ranks), false);
    int firstFailure = 0;
    QElapsedTimer sinceFailure;
    for (;;) {
        bool running = false;
        for (int r = 0; r < ranks; ++r) {
            QProcess& p = *procs[size_t(r)];
            if (p.state() != QProcess::NotRunning) {
                running = true;
                p.waitForFinished(100);
                continue;
            }
            if (reported[size_t(r)]) continue;
            reported[size_t(r)] = true;
            const bool failed = p.exitStatus() == QProcess::CrashExit || p.exitCode() != 0;
            if (!failed) continue;
            if (firstFailure == 0) {
                firstFailure = p.exitStatus() == QProcess::CrashExit ? kInternalError : p.exitCode();
                sinceFailure.start();
            }
            QString text = QStringLiteral("rank %1 %2").arg(r).arg(exitText(p));
            if (r > 0) {
                const QString tail = logTail(QDir(logs).filePath(QStringLiteral("rank-%1.log").arg(r)));
                if (!tail.isEmpty()) text += ":\n" + tail;
            }
            std::fprintf(stderr, "%s\n", qPrintable(text));
        }
        if (!running) break;
        if (firstFailure != 0 && sinceFailure.elapsed() > qint64(timeoutSeconds + 30) * 1000) {
            for (int r = 0; r < ranks; ++r)
                if (procs[size_t(r)]->state() != QProcess::NotRunning) {
                    std::fprintf(stderr, "rank %d still running %d s after a rank failed: killed\n", r,
                                 timeoutSeconds + 30);
                    procs[size_t(r)]->kill();
                    procs[size_t(r)]->waitForFinished(5000);
                }
        }
    }
    std::signal(SIGINT, previousInterrupt);
    return firstFailure;
}

} // namespace memescope::cli
