#include "DatasetExporter.h"

#include "CsvReader.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <unistd.h>

namespace memescope {
namespace {

void writeAtomically(const QString& path, const QByteArray& data) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) throw StoreError(path + ": cannot write: " + f.errorString());
    if (f.write(data) != data.size() || !f.commit())
        throw StoreError(path + ": writing failed (" + f.errorString() +
                         "); the previous file, if any, is untouched");
}

QJsonObject baseObject(const SampleRecord& s) {
    QJsonObject o;
    if (!s.extraJson.isEmpty()) o = QJsonDocument::fromJson(s.extraJson.toUtf8()).object();
    o.insert("sample_id", s.sampleId);
    o.insert("ocr_text", s.ocrText);
    return o;
}

void addReasoning(QJsonObject& o, const SampleRecord& s) {
    o.insert("figurative_reasoning", s.figurativeReasoning);
    o.insert("cause_effect", s.causeEffect);
    o.insert("figurative_understanding", s.figurativeUnderstanding);
    o.insert("mental_state", s.mentalState);
}

bool hasReasoning(const SampleRecord& s) {
    return !s.figurativeReasoning.isEmpty() || !s.causeEffect.isEmpty() ||
           !s.figurativeUnderstanding.isEmpty() || !s.mentalState.isEmpty();
}

class ImageCopier {
public:
    ImageCopier(ProjectStore& store, bool enabled)
        : store_(store)
        , enabled_(enabled) {}

    // Copies the sample's image into `folder` as <sample_id>.<ext>; returns the new absolute path or empty.
    QString copy(const SampleRecord& s, const QString& folder, const QString& ext = {}) {
        if (!enabled_ || s.imagePath.isEmpty() || s.imageStatus == ImageStatus::Missing) return {};
        const QString src = store_.resolveStoredPath(s.imagePath);
        if (!QFileInfo::exists(src)) return {};
        if (!QDir().mkpath(folder)) throw StoreError(folder + ": cannot create the folder");
        const QString suffix = ext.isEmpty() ? QFileInfo(src).suffix() : ext;
        const QString dst = folder + '/' + s.sampleId + '.' + suffix;
        if (QFileInfo(src).canonicalFilePath() == QFileInfo(dst).canonicalFilePath()) return dst;
        QFile::remove(dst);
        if (::link(QFile::encodeName(src).constData(), QFile::encodeName(dst).constData()) != 0 &&
            !QFile::copy(src, dst))
            throw StoreError(dst + ": cannot copy the image from " + src);
        ++count;
        return dst;
    }
    int count = 0;

private:
    ProjectStore& store_;
    bool enabled_;
};

QString exportSplitOf(DatasetFamily family, const QString& split) {
    if (family == DatasetFamily::Axiom) return split == "test" ? "test" : "train"; // val came from train
    return split == "unassigned" ? "train" : split;
}

} // namespace

ExportSummary DatasetExporter::exportProject(ProjectStore& store, const QString& outDir,
                                             const ExportOptions& options) {
    if (!QDir().mkpath(outDir)) throw StoreError(outDir + ": cannot create the output folder");
    const QDir out(outDir);
    const LabelSchema schema = store.labelSchema();
    const DatasetFamily family = datasetFamilyFromString(store.meta("dataset"));
    DatasetFormat format = options.format;
    if (format == DatasetFormat::Auto || format == DatasetFormat::Llava)
        format = family == DatasetFamily::Axiom     ? DatasetFormat::Axiom
                 : family == DatasetFamily::Restore ? DatasetFormat::Restore
                                                    : DatasetFormat::Jsonl;
    if ((format == DatasetFormat::Axiom && family != DatasetFamily::Axiom) ||
        (format == DatasetFormat::Restore && family != DatasetFamily::Restore))
        throw StoreError(
            QStringLiteral("%1: the project holds %2 data and cannot be written in the %3 layout; use "
                           "--format csv or jsonl")
                .arg(store.path(), datasetFamilyToString(family), datasetFormatToString(format)));

    const QVector<SampleRecord> samples = SampleStore(store).loadAll();
    ImageCopier images(store, options.copyImages);
    ExportSummary summary;
    summary.samples = int(samples.size());

    if (format == DatasetFormat::Axiom || format == DatasetFormat::Restore) {
        const bool axiom = format == DatasetFormat::Axiom;
        const QString prefix = axiom ? "anxiety_" : "depression_";
        QMap<QString, QJsonArray> base, llava;
        for (const auto& s : samples) {
            const QString split = exportSplitOf(family, s.split);
            QJsonObject o = baseObject(s);
            if (s.labelMask) {
                const QStringList names = schema.namesOf(*s.labelMask);
                if (axiom)
                    o.insert("meme_anxiety_category", names.value(0));
                else
                    o.insert("meme_depressive_categories", QJsonArray::fromStringList(names));
            }
            base[split].append(o);
            if (hasReasoning(s)) {
                addReasoning(o, s);
                llava[split].append(o);
            }
            images.copy(s, axiom ? out.filePath("anxiety_" + split + "_image")
                                 : out.filePath("depressive_image/" + split));
        }
        for (auto it = base.begin(); it != base.end(); ++it) {
            const QString name = prefix + it.key() + ".json";
            writeAtomically(out.filePath(name), QJsonDocument(it.value()).toJson(QJsonDocument::Indented));
            summary.files << name;
        }
        for (auto it = llava.begin(); it != llava.end(); ++it) {
            const QString name = prefix + it.key() + "_llava_dataset.json";
            writeAtomically(out.filePath(name), QJsonDocument(it.value()).toJson(QJsonDocument::Indented));
            summary.files << name;
        }
    } else if (format == DatasetFormat::Jsonl) {
        QByteArray data;
        for (const auto& s : samples) {
            QJsonObject o = baseObject(s);
            o.insert("split", s.split);
            if (s.labelMask) o.insert("labels", QJsonArray::fromStringList(schema.namesOf(*s.labelMask)));
            if (hasReasoning(s)) addReasoning(o, s);
            const QString img = images.copy(s, out.filePath("images"));
            if (!img.isEmpty()) o.insert("image", out.relativeFilePath(img));
            data += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        }
        writeAtomically(out.filePath("samples.jsonl"), data);
        summary.files << "samples.jsonl";
    } else {
        // Fields MemeScope does not interpret go out as columns of their own (a JSON value as its text),
        // so a CSV round trip keeps them as an import of the dataset kept them.
        QStringList extraKeys;
        QVector<QJsonObject> extras;
        for (const auto& s : samples) {
            extras << (s.extraJson.isEmpty() ? QJsonObject()
                                             : QJsonDocument::fromJson(s.extraJson.toUtf8()).object());
            for (const QString& k : extras.last().keys())
                if (!extraKeys.contains(k)) extraKeys << k;
        }
        QString text = "sample_id,split,labels,ocr_text,image,figurative_reasoning,cause_effect,figurative_"
                       "understanding,"
                       "mental_state";
        for (const QString& k : extraKeys)
            text += ',' + CsvReader::quote(k);
        text += '\n';
        for (int row = 0; row < samples.size(); ++row) {
            const SampleRecord& s = samples[row];
            const QString img = images.copy(s, out.filePath("images"));
            QStringList cells = {s.sampleId,
                                 s.split,
                                 s.labelMask ? schema.namesOf(*s.labelMask).join('|') : QString(),
                                 s.ocrText,
                                 img.isEmpty() ? QString() : out.relativeFilePath(img),
                                 s.figurativeReasoning,
                                 s.causeEffect,
                                 s.figurativeUnderstanding,
                                 s.mentalState};
            for (const QString& k : extraKeys) {
                const QJsonValue v = extras[row].value(k);
                cells << (v.isString()      ? v.toString()
                          : v.isUndefined() ? QString()
                          : v.isObject()
                              ? QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                          : v.isArray()
                              ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                              : v.toVariant().toString());
            }
            QStringList quoted;
            for (const auto& c : cells)
                quoted << CsvReader::quote(c);
            text += quoted.join(',') + '\n';
        }
        writeAtomically(out.filePath("samples.csv"), text.toUtf8());
        summary.files << "samples.csv";
    }
    summary.images = images.count;
    return summary;
}

} // namespace memescope
