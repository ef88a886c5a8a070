#include "FeatureCaching.h"

#include "EngineError.h"
#include "ModelConfigJson.h"
#include "TrainingData.h"
#include "core/ml/config/TrainingCost.h"
#include "core/ml/train/FeatureCache.h"
#include "core/util/ReadableDuration.h"

#include <QCoreApplication>

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace memescope {

QString featureCacheFolder(const QString& projectPath) {
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".cache/features");
}

QVector<FeatureCacheEntry> listFeatureCaches(const QString& projectPath) {
    QVector<FeatureCacheEntry> out;
    for (const ml::CachedEncoder& c : ml::listCachedEncoders(featureCacheFolder(projectPath).toStdString())) {
        FeatureCacheEntry e;
        e.folder = QString::fromStdString(c.folder);
        e.encoder = QString::fromStdString(c.encoder);
        e.memes = c.contents.memes;
        e.bytes = c.contents.bytes;
        for (const QFileInfo& f : QDir(e.folder).entryInfoList(QDir::Files))
            if (f.lastModified() > e.modified) e.modified = f.lastModified();
        out.append(e);
    }
    return out;
}

qint64 featureCacheBytes(const QString& projectPath) {
    qint64 bytes = 0;
    for (const FeatureCacheEntry& e : listFeatureCaches(projectPath))
        bytes += e.bytes;
    return bytes;
}

void clearFeatureCache(const QString& projectPath) {
    QDir root(featureCacheFolder(projectPath));
    if (!root.exists()) return;
    if (!root.removeRecursively())
        throw EngineError(root.absolutePath() + ": could not delete every file of the feature cache");
}

namespace {

QString megabytes(double bytes) {
    return bytes >= 1e9 ? QStringLiteral("%1 GB").arg(bytes / 1e9, 0, 'f', 1)
                        : QStringLiteral("%1 MB").arg(bytes / 1e6, 0, 'f', bytes < 1e7 ? 1 : 0);
}

} // namespace

QString frozenEncodersSignature(const ml::ModelConfig& config) {
    if (ml::frozenPrefixLayers(config, ml::EncoderSide::Text) <= 0 &&
        ml::frozenPrefixLayers(config, ml::EncoderSide::Image) <= 0)
        return {};
    return configSignature(config, {"text_encoder", "image_encoder", "roberta", "clip", "text_checkpoint",
                                    "image_checkpoint", "freeze_text_layers", "freeze_image_layers",
                                    "max_tokens", "fusion"});
}

double measuredCacheBuildRate(const QString& signature, const QVector<RunRecord>& runs) {
    if (signature.isEmpty()) return 0;
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        const QJsonObject built = it->summary.value("feature_cache").toObject();
        const double computed = built.value("computed").toDouble(),
                     seconds = built.value("seconds").toDouble();
        if (computed < 1 || seconds <= 0) continue;
        try {
            if (frozenEncodersSignature(modelConfigFromJson(it->config)) == signature)
                return computed / seconds;
        } catch (const Error&) { // a run of another version
        }
    }
    return 0;
}

QString featureCacheAdvice(const ml::ModelConfig& config, int memes, const QVector<RunRecord>& runs,
                           qint64 cachedBytes) {
    if (ml::frozenPrefixLayers(config, ml::EncoderSide::Text) <= 0 &&
        ml::frozenPrefixLayers(config, ml::EncoderSide::Image) <= 0)
        return {};
    const double bytes = double(ml::cachedFeatureBytesPerMeme(config, config.maxTokens)) * double(memes);
    const bool upper = ml::cachedFeaturesKeepSequence(config, ml::EncoderSide::Text) &&
                       ml::frozenPrefixLayers(config, ml::EncoderSide::Text) > 0;
    QString text =
        (upper
             ? QCoreApplication::translate("memescope::FeatureCache",
                                           "Frozen encoder features: at most %1 for %2 memes, computed once.")
             : QCoreApplication::translate("memescope::FeatureCache",
                                           "Frozen encoder features: %1 for %2 memes, computed once."))
            .arg(megabytes(bytes))
            .arg(memes);
    if (const double rate = measuredCacheBuildRate(frozenEncodersSignature(config), runs); rate > 0)
        text += ' ' + QCoreApplication::translate("memescope::FeatureCache",
                                                  "Building them takes about %1 (%2 memes/s measured here).")
                          .arg(readableDuration(double(memes) / rate))
                          .arg(rate, 0, 'f', 1);
    else
        text +=
            ' ' + QCoreApplication::translate("memescope::FeatureCache",
                                              "Building them takes one pass of the frozen layers over the "
                                              "memes (not measured here yet).");
    if (cachedBytes > 0)
        text += ' ' + QCoreApplication::translate("memescope::FeatureCache",
                                                  "The project's cache holds %1 now (memes already there are "
                                                  "not computed again).")
                          .arg(megabytes(double(cachedBytes)));
    return text;
}

std::vector<uint64_t> imageFeatureKeys(const TrainingData& data) {
    std::vector<uint64_t> keys;
    keys.reserve(size_t(data.samples.size()));
    for (const TrainingSample& s : data.samples) {
        QByteArray id = "no image";
        if (!s.imagePath.isEmpty()) {
            const QFileInfo f(s.imagePath);
            id = f.absoluteFilePath().toUtf8() + '\0' + QByteArray::number(f.size()) + '\0' +
                 QByteArray::number(f.lastModified().toMSecsSinceEpoch());
        }
        keys.push_back(ml::hashBytes(id.constData(), size_t(id.size())));
    }
    return keys;
}

} // namespace memescope
