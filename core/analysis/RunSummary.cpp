#include "RunSummary.h"

#include <QJsonArray>

namespace memescope {

RunSummary RunSummary::fromJson(const QJsonObject& summary) {
    RunSummary s;
    s.bestEpoch = summary.value("best_epoch").toInt();
    s.epochs = int(summary.value("history").toArray().size());
    s.seconds = summary.value("seconds").toDouble();
    s.peakMemoryBytes = int64_t(summary.value("peak_memory_bytes").toDouble());
    s.device = summary.value("device").toString();
    s.val = SplitEvaluation::fromJson(summary.value("val").toObject());
    s.test = SplitEvaluation::fromJson(summary.value("test").toObject());
    for (const QJsonValue& v : summary.value("thresholds").toArray())
        s.thresholds << float(v.toDouble());
    return s;
}

} // namespace memescope
