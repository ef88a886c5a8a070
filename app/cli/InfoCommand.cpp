#include "CliCommon.h"
#include "core/engine/EngineInfo.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace memescope::cli {

int runInfo(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Print versions, compute devices and the measured CPU matrix-multiply throughput.");
    p.addOption({"json", "Print JSON on the last line."});
    parseOrThrow(p, args);
    const CliOutput out(p.isSet("json"));
    const EngineInfo info = EngineInfo::query();
    double gflops = 0;
    const QString warning = EngineInfo::blasWarning(&gflops);
    QString text =
        QStringLiteral("MemeScope %1\nQt %2, LibTorch %3\nDevices: %4\nCPU matmul 512x512: %5 GFLOP/s")
            .arg(MEMESCOPE_VERSION, qVersion(), info.torchVersion, info.devices.join("; "))
            .arg(gflops, 0, 'f', 1);
    if (!warning.isEmpty()) text += "\nWARNING: " + warning;
    out.result({{"version", MEMESCOPE_VERSION},
                {"qt", qVersion()},
                {"torch", info.torchVersion},
                {"devices", QJsonArray::fromStringList(info.devices)},
                {"matmul_gflops", gflops},
                {"blas_warning", warning}},
               text);
    return kOk;
}

} // namespace memescope::cli
