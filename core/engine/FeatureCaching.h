#pragma once

#include "core/ml/config/ModelConfig.h"
#include "core/store/RunStore.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <cstdint>
#include <vector>

namespace memescope {

struct TrainingData;

// The project's cache of frozen-encoder features (ml::FeatureCache) as the CLI and the GUI see it: a folder
// beside the project file, one sub-folder per encoder and setting that produced features.
QString featureCacheFolder(const QString& projectPath); // "<project>.cache/features"

struct FeatureCacheEntry {
    QString folder;
    QString encoder; // "text" | "image"
    qint64 memes = 0, bytes = 0;
    QDateTime modified;
};
QVector<FeatureCacheEntry> listFeatureCaches(const QString& projectPath);
qint64 featureCacheBytes(const QString& projectPath);
// Deletes every cached feature of the project; throws EngineError naming what could not be removed.
void clearFeatureCache(const QString& projectPath);

// What identifies a config's frozen encoders as far as their features go (encoders, sizes, checkpoints,
// frozen layers, token limit): two configs with the same signature share a feature cache. Empty when
// nothing is frozen.
QString frozenEncodersSignature(const ml::ModelConfig& config);
// The latest build rate (memes per second) of this signature's cache among `runs`' results; 0 if none.
double measuredCacheBuildRate(const QString& signature, const QVector<RunRecord>& runs);

// The training dialog's line on the cache a config would use: its size for `memes` memes (texts at their
// token limit where hidden states are kept in full: an upper bound), the time to build it (the rate of the
// latest earlier build of the same frozen encoders on this machine, from the runs' results), and what the
// project's cache holds now. Empty when the config freezes no encoder layer.
QString featureCacheAdvice(const ml::ModelConfig& config, int memes, const QVector<RunRecord>& runs,
                           qint64 cachedBytes);

// Per sample of `data`: the key of its image in the cache (path, size and modification time, so an edited
// file is a new entry), or one fixed key for memes without an image.
std::vector<uint64_t> imageFeatureKeys(const TrainingData& data);

} // namespace memescope
