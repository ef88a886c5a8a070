#pragma once

#include "core/engine/RunTraining.h"

#include <QStringList>

namespace memescope::cli {

// This process's rank from the environment torchrun sets (RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR,
// MASTER_PORT) or Slurm's (SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID; MASTER_ADDR/MASTER_PORT from the batch
// script). One process (worldSize 1) when neither is there. Throws UserError naming a bad variable.
DataParallelRank rankFromEnvironment(int timeoutSeconds);

// `train --nproc N`: N copies of this program with `args` (`--nproc` removed), each one rank of a job on this
// machine (loopback rendezvous on a free port). Rank 0's output is this command's; the other ranks' goes to
// RUN_DIR/logs/rank-<r>.log. A rank that fails is named at once; ranks still running after the others'
// timeout (`timeoutSeconds` + 30 s) are killed. Returns 0 when every rank succeeded, else the first failure's
// exit code.
int launchLocalRanks(const QStringList& args, int ranks, const QString& runDir, int timeoutSeconds);

// `args` without `--nproc N` / `--nproc=N`.
QStringList withoutOption(QStringList args, const QString& option);

} // namespace memescope::cli
