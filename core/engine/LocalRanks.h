#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QProcess;

namespace memescope {

// How the ranks of a data-parallel job on this machine are started: copies of `program` (memescope-cli) with
// `arguments` (a `train` command without --nproc), each given torchrun's environment (RANK, LOCAL_RANK,
// WORLD_SIZE, MASTER_ADDR=127.0.0.1, MASTER_PORT) and, unless the user set OMP_NUM_THREADS, its share of
// the cores.
struct LocalRankLaunch {
    QString program;
    QStringList arguments;
    int worldSize = 2;
    int port = 0;                 // the rendezvous (freeLoopbackPort())
    QString logsDir;              // rank-<r>.log: the output of every rank not forwarded to this process's
    bool forwardRankZero = false; // the CLI: rank 0's output is the command's own
    int timeoutSeconds = 60;      // the ranks' --rank-timeout
};

// A TCP port on 127.0.0.1 nobody listens on now. Throws EngineError when there is none.
int freeLoopbackPort();
// The threads each of `ranks` processes gets: OMP_NUM_THREADS when set, else the cores shared out.
int threadsPerRank(int ranks);

// Ranks [firstRank, worldSize) of a job as child processes of the calling thread (which must outlive them:
// they receive SIGTERM when it ends, so a launcher or GUI that dies takes its ranks with it).
class LocalRankProcesses {
public:
    // Starts them; throws EngineError naming the rank that could not start (the others are killed).
    LocalRankProcesses(const LocalRankLaunch& launch, int firstRank);
    ~LocalRankProcesses(); // kills any still running
    LocalRankProcesses(const LocalRankProcesses&) = delete;
    LocalRankProcesses& operator=(const LocalRankProcesses&) = delete;

    // Waits until every rank has ended. Each rank that fails is reported through `onFailure` as it ends
    // ("rank 1 was killed (crashed or a signal):" and the end of its log). Ranks still running
    // `timeoutSeconds` + 30 s after the first failure (they should have noticed it by then), or as soon as
    // `abandon` becomes true, are killed. Returns 0 when every rank succeeded, else the first failure's exit
    // code (2 for a crash or signal).
    int waitForAll(const std::function<void(const QString&)>& onFailure,
                   const std::atomic_bool* abandon = nullptr);
    void killAll();

private:
    QString failureText(int rank) const;
    LocalRankLaunch launch_;
    int firstRank_;
    std::vector<std::unique_ptr<QProcess>> processes_; // rank firstRank_ + i
};

} // namespace memescope
