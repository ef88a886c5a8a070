#include "LocalRanks.h"

#include "EngineError.h"

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

namespace memescope {
namespace {

QString logPath(const LocalRankLaunch& launch, int rank) {
    return QDir(launch.logsDir).filePath(QStringLiteral("rank-%1.log").arg(rank));
}

QString logTail(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll().right(800)).trimmed();
}

} // namespace

int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0; // the kernel picks one
    socklen_t size = sizeof a;
    const bool ok = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &size) == 0;
    if (fd >= 0) ::close(fd);
    if (!ok) throw EngineError("no free local port for the ranks to meet on");
    return ntohs(a.sin_port);
}

int threadsPerRank(int ranks) {
    bool ok = false;
    const int chosen = qEnvironmentVariableIntValue("OMP_NUM_THREADS", &ok);
    if (ok && chosen > 0) return chosen;
    return std::max(1, QThread::idealThreadCount() / std::max(1, ranks));
}

LocalRankProcesses::LocalRankProcesses(const LocalRankLaunch& launch, int firstRank)
    : launch_(launch)
    , firstRank_(firstRank) {
    if (!QDir().mkpath(launch.logsDir))
        throw EngineError(launch.logsDir + ": cannot create the folder for the ranks' logs");
    for (int r = firstRank; r < launch.worldSize; ++r) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("RANK", QString::number(r));
        env.insert("LOCAL_RANK", QString::number(r));
        env.insert("WORLD_SIZE", QString::number(launch.worldSize));
        env.insert("MASTER_ADDR", "127.0.0.1");
        env.insert("MASTER_PORT", QString::number(launch.port));
        // The machine's cores shared between the ranks (as torchrun does), unless the user chose.
        env.insert("OMP_NUM_THREADS", QString::number(threadsPerRank(launch.worldSize)));
        p->setProcessEnvironment(env);
        // A launcher that is killed or hung up on (scancel, a closed terminal) takes its ranks with it.
        p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        if (r == 0 && launch.forwardRankZero) {
            p->setProcessChannelMode(QProcess::ForwardedChannels);
        } else {
            p->setStandardOutputFile(QProcess::nullDevice());
            p->setStandardErrorFile(logPath(launch, r));
        }
        p->start(launch.program, launch.arguments);
        if (!p->waitForStarted(30000)) {
            const QString why = p->errorString();
            killAll();
            throw EngineError(
                QStringLiteral("rank %1 (%2) did not start: %3").arg(r).arg(launch.program, why));
        }
        processes_.push_back(std::move(p));
    }
}

LocalRankProcesses::~LocalRankProcesses() {
    killAll();
}

void LocalRankProcesses::killAll() {
    for (const auto& p : processes_)
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
}

QString LocalRankProcesses::failureText(int rank) const {
    const QProcess& p = *processes_[size_t(rank - firstRank_)];
    QString text = p.exitStatus() == QProcess::CrashExit
                       ? QStringLiteral("rank %1 was killed (crashed or a signal)").arg(rank)
                       : QStringLiteral("rank %1 exited with code %2").arg(rank).arg(p.exitCode());
    if (rank > 0 || !launch_.forwardRankZero) {
        const QString tail = logTail(logPath(launch_, rank));
        if (!tail.isEmpty()) text += ":\n" + tail;
    }
    return text;
}

int LocalRankProcesses::waitForAll(const std::function<void(const QString&)>& onFailure,
                                   const std::atomic_bool* abandon) {
    std::vector<bool> reported(processes_.size(), false);
    int firstFailure = 0;
    QElapsedTimer sinceFailure;
    for (;;) {
        bool running = false;
        for (size_t i = 0; i < processes_.size(); ++i) {
            QProcess& p = *processes_[i];
            if (p.state() != QProcess::NotRunning) {
                running = true;
                p.waitForFinished(100);
                continue;
            }
            if (reported[i]) continue;
            reported[i] = true;
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) continue;
            if (firstFailure == 0) {
                firstFailure = p.exitStatus() == QProcess::CrashExit ? 2 : p.exitCode();
                sinceFailure.start();
            }
            if (onFailure) onFailure(failureText(firstRank_ + int(i)));
        }
        if (!running) break;
        const bool late =
            firstFailure != 0 && sinceFailure.elapsed() > qint64(launch_.timeoutSeconds + 30) * 1000;
        if (late || (abandon && abandon->load())) {
            for (size_t i = 0; i < processes_.size(); ++i)
                if (processes_[i]->state() != QProcess::NotRunning) {
                    // An abandoning caller usually failed because this rank died: let its end be seen.
                    if (!late && processes_[i]->waitForFinished(500)) continue;
                    if (late && onFailure)
                        onFailure(QStringLiteral("rank %1 still running %2 s after a rank failed: killed")
                                      .arg(firstRank_ + int(i))
                                      .arg(launch_.timeoutSeconds + 30));
                    reported[i] = !late; // an abandoned rank's end is nobody's news
                    processes_[i]->kill();
                    processes_[i]->waitForFinished(5000);
                }
        }
    }
    return firstFailure;
}

} // namespace memescope
