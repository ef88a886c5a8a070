#include "EpochRecords.h"

#include "JsonBridge.h"

namespace memescope {

std::optional<ml::EpochRecord> epochRecordFromJson(const QJsonObject& json) {
    return ml::EpochRecord::tryFromJson(bridge::toNlohmann(json));
}

QJsonObject epochRecordToJson(const ml::EpochRecord& record) {
    return bridge::toQt(record.toJson());
}

QVector<ml::EpochRecord> storedEpochs(RunStore& runs, int64_t run) {
    QVector<ml::EpochRecord> out;
    for (const QJsonObject& e : runs.epochs(run))
        if (std::optional<ml::EpochRecord> r = epochRecordFromJson(e)) out.push_back(*r);
    return out;
}

} // namespace memescope
