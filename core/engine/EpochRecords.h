#pragma once

#include "core/ml/config/EpochRecord.h"
#include "core/store/RunStore.h"

#include <QJsonObject>
#include <QVector>
#include <optional>

namespace memescope {

// Epoch records at the Qt boundary: what the store keeps and the training job reports as JSON, typed once
// (ml::EpochRecord's keys), so no view, report or command reads metric keys by hand.
std::optional<ml::EpochRecord> epochRecordFromJson(const QJsonObject& json); // EpochRecord::tryFromJson
QJsonObject epochRecordToJson(const ml::EpochRecord& record);
// A run's stored epochs in order; a malformed one is left out.
QVector<ml::EpochRecord> storedEpochs(RunStore& runs, int64_t run);

} // namespace memescope
