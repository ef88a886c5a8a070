#pragma once

#include <QString>
#include <QStringList>

namespace memescope {

// Torch-free facts about the compute engine, for About boxes, `--version` and start-up checks.
struct EngineInfo {
    QString torchVersion;
    QStringList devices; // human-readable, best first: "CUDA device 0", "CPU, 2 threads"

    static EngineInfo query();
    // CPU matmul throughput and a warning when the BLAS is the slow reference one (empty when fine).
    static QString blasWarning(double* gflopsOut = nullptr);
};

} // namespace memescope
