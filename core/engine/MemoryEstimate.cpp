#include "MemoryEstimate.h"

#include "EngineError.h"
#include "ModelConfigJson.h"
#include "core/analysis/RunSummary.h"
#include "core/util/LeastSquares.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>
#include <unistd.h>

namespace memescope {
namespace {

// The settings that change what a training step holds in memory, except the batch size (the estimate's
// variable); gradient accumulation runs one batch at a time, so it does not count either.
QString memorySignature(const ml::ModelConfig& c) {
    return costSignature(c, {QStringLiteral("batch_size"), QStringLiteral("grad_accumulation")});
}

QString gigabytes(int64_t bytes) {
    return QString::number(double(bytes) / double(1LL << 30), 'f', 1);
}

} // namespace

std::optional<MemoryEstimate> estimateTrainingMemory(const ml::ModelConfig& config,
                                                     const QVector<RunRecord>& runs) {
    const QString signature = memorySignature(config);
    std::vector<std::pair<double, double>> points; // (batch size, peak bytes)
    for (const RunRecord& run : runs) {
        const int64_t peak = RunSummary::of(run).peakMemoryBytes;
        if (peak <= 0) continue;
        try {
            const ml::ModelConfig c = modelConfigFromJson(run.config);
            if (c.batchSize > 0 && memorySignature(c) == signature)
                points.emplace_back(double(c.batchSize), double(peak));
        } catch (const EngineError&) {
            continue; // a run of a newer version: its settings cannot be compared
        }
    }
    if (points.empty()) return std::nullopt;
    MemoryEstimate e;
    e.runsMeasured = int(points.size());
    const double batch = double(config.batchSize);
    if (const std::optional<Line> line = leastSquaresLine(points);
        line && line->slope > 0 && line->intercept >= 0) {
        e.bytes = int64_t(std::llround(line->at(batch)));
        return e;
    }
    double bound = std::numeric_limits<double>::max();
    for (const auto& [x, y] : points)
        bound = std::min(bound, x >= batch ? y : y * batch / x);
    e.bytes = int64_t(std::llround(bound));
    e.upperBound = true;
    return e;
}

int64_t physicalMemoryBytes() {
    const long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && size > 0 ? int64_t(pages) * int64_t(size) : 0;
}

MemoryAdvice trainingMemoryAdvice(const ml::ModelConfig& config, const QVector<RunRecord>& runs,
                                  int64_t physicalBytes) {
    const std::optional<MemoryEstimate> e = estimateTrainingMemory(config, runs);
    if (!e || physicalBytes <= 0) return {};
    const QString basis = QCoreApplication::translate(
        "memescope::MemoryAdvice", "measured on %n earlier run(s) of this network", nullptr, e->runsMeasured);
    const QString amount =
        e->upperBound
            ? QCoreApplication::translate("memescope::MemoryAdvice", "at most %1 GB").arg(gigabytes(e->bytes))
            : QCoreApplication::translate("memescope::MemoryAdvice", "about %1 GB").arg(gigabytes(e->bytes));
    if (double(e->bytes) <= 0.9 * double(physicalBytes))
        return {QCoreApplication::translate("memescope::MemoryAdvice",
                                            "Memory: %1 at its peak (%2), of this computer's %3 GB.")
                    .arg(amount, basis, gigabytes(physicalBytes)),
                false};
    return {
        QCoreApplication::translate(
            "memescope::MemoryAdvice",
            "This run will need %1 of memory at its peak (%2), more than this computer's %3 GB can give it: "
            "lower the batch size, freeze encoder layers or recompute activations in backward.")
            .arg(amount, basis, gigabytes(physicalBytes)),
        true};
}

} // namespace memescope
