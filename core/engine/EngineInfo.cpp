#include "EngineInfo.h"

#include "core/ml/DeviceInfo.h"

namespace memescope {

EngineInfo EngineInfo::query() {
    EngineInfo info;
    info.torchVersion = QString::fromStdString(ml::torchVersion());
    for (const auto& d : ml::availableDevices())
        info.devices << QString::fromStdString(d.description);
    return info;
}

QString EngineInfo::blasWarning(double* gflopsOut) {
    const double gflops = ml::cpuMatmulGflops();
    if (gflopsOut) *gflopsOut = gflops;
    // OpenBLAS on 2 cores does ~200 GFLOP/s for 768x768, reference BLAS ~5.
    if (gflops < 20)
        return QStringLiteral(
                   "Matrix products run at %1 GFLOP/s: LibTorch is using the slow reference BLAS. "
                   "Install libopenblas0-pthread (apt-get install libopenblas0-pthread) for ~35x faster "
                   "training.")
            .arg(gflops, 0, 'f', 1);
    return {};
}

} // namespace memescope
