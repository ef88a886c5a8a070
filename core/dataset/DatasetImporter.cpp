#include "DatasetImporter.h"

#include "DatasetReaders.h"
#include "ImageFileCheck.h"
#include "StratifiedSplit.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <QtConcurrent>

#include <memory>
#include <numeric>

namespace memescope {
namespace {

enum class FileRole { Base, LabelOnly, Reasoning };

struct DatasetFile {
    QString path;
    DatasetFormat format;
    FileRole role = FileRole::Base;
    DatasetFamily family = DatasetFamily::Generic;
    QString split; // from the file name, or empty
};

QString splitFromName(const QString& name) {
    const QString n = name.toLower();
    if (n.contains("train")) return "train";
    if (n.contains("val") || n.contains("dev")) return "val";
    if (n.contains("test")) return "test";
    return {};
}

QStringList csvHeader(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    QString line = QString::fromUtf8(f.readLine()).trimmed();
    if (line.startsWith(QChar(0xFEFF))) line = line.mid(1);
    QStringList cols;
    for (auto c : line.split(','))
        cols << c.remove('"').trimmed();
    return cols;
}

std::optional<DatasetFile> classify(const QString& path, DatasetFormat wanted) {
    const QFileInfo fi(path);
    const QString name = fi.fileName();
    const QString lower = name.toLower();
    DatasetFile f{fi.absoluteFilePath(), DatasetFormat::Auto, FileRole::Base, DatasetFamily::Generic,
                  splitFromName(lower)};
    if (lower.startsWith("anxiety"))
        f.family = DatasetFamily::Axiom;
    else if (lower.startsWith("depress"))
        f.family = DatasetFamily::Restore;

    if (lower.endsWith("_llava_dataset.json") ||
        (wanted == DatasetFormat::Llava && lower.endsWith(".json"))) {
        f.format = DatasetFormat::Llava;
        f.role = FileRole::Reasoning;
    } else if (lower.endsWith(".json")) {
        if (wanted == DatasetFormat::Axiom) f.family = DatasetFamily::Axiom;
        if (wanted == DatasetFormat::Restore) f.family = DatasetFamily::Restore;
        if (f.family == DatasetFamily::Generic) return std::nullopt; // e.g. demo_captions.json
        f.format = f.family == DatasetFamily::Axiom ? DatasetFormat::Axiom : DatasetFormat::Restore;
    } else if (lower.endsWith(".jsonl")) {
        f.format = DatasetFormat::Jsonl;
    } else if (lower.endsWith(".csv")) {
        const QStringList header = csvHeader(path);
        f.format = DatasetFormat::Csv;
        if (header.contains("meme_anxiety_categories") || header.contains("meme_anxiety_category")) {
            f.family = DatasetFamily::Axiom;
            f.format = DatasetFormat::Axiom;
            const bool hasText = header.contains("ocr_text") || header.contains("text");
            if (!hasText && header.size() == 2) f.role = FileRole::LabelOnly;
        }
    } else {
        return std::nullopt;
    }
    if (wanted != DatasetFormat::Auto && wanted != f.format) {
        // An explicit --format on a single file wins over the name.
        if (!(wanted == DatasetFormat::Csv && lower.endsWith(".csv")) &&
            !(wanted == DatasetFormat::Jsonl && lower.endsWith(".jsonl")))
            return std::nullopt;
        f.format = wanted;
    }
    return f;
}

QVector<DatasetFile> discover(const QString& path, DatasetFormat wanted) {
    QVector<DatasetFile> files;
    const QFileInfo fi(path);
    if (!fi.exists()) throw StoreError(path + ": no such file or folder");
    if (fi.isDir()) {
        const auto entries =
            QDir(path).entryInfoList({"*.json", "*.jsonl", "*.csv"}, QDir::Files, QDir::Name);
        for (const auto& e : entries)
            if (auto f = classify(e.absoluteFilePath(), wanted)) files << *f;
        if (files.isEmpty())
            throw StoreError(path + ": no dataset files found (expected anxiety_*.json, depression_*.json, "
                                    "*_llava_dataset.json, *.csv or *.jsonl)");
    } else {
        auto f = classify(path, wanted);
        if (!f) {
            if (wanted == DatasetFormat::Auto && path.endsWith(".json", Qt::CaseInsensitive))
                throw StoreError(
                    path + ": cannot tell the dataset from the file name (anxiety_*.json, "
                           "depression_*.json, *_llava_dataset.json); pass --format axiom, restore or llava");
            throw StoreError(path + ": not a dataset file MemeScope reads (or not of the requested format)");
        }
        files << *f;
    }
    return files;
}

// Where a sample's image lives, by the layout rules of DATA.md.
class ImageLocator {
public:
    explicit ImageLocator(const ProjectStore& store)
        : store_(store) {}

    struct Found {
        QString absolutePath; // empty when not found
        QString storedPath;   // as the project stores it (relative inside the project folder)
        QString refused;      // why a named image is not used (it lies outside the dataset folder)
    };

    Found locate(const DatasetFile& file, const DatasetRecord& r, QString& lookedIn) {
        if (!r.imageHint.isEmpty()) {
            const QString dir = QFileInfo(file.path).absolutePath();
            const QString p =
                QFileInfo(r.imageHint).isAbsolute() ? r.imageHint : QDir(dir).absoluteFilePath(r.imageHint);
            lookedIn = r.imageHint;
            if (!QFileInfo::exists(p)) return {};
            // A dataset names images inside its own folder; "../../" or an absolute path elsewhere (a
            // symbolic link included) would make the project read files the dataset does not contain.
            const QString real = QFileInfo(p).canonicalFilePath();
            const QString root = QFileInfo(dir).canonicalFilePath() + '/';
            if (!real.startsWith(root))
                return {{},
                        {},
                        QStringLiteral("image path '%1' leads outside the dataset folder; not used, "
                                       "imported as text-only")
                            .arg(r.imageHint)};
            const QString abs = QFileInfo(p).absoluteFilePath();
            return {abs, store_.toStoredPath(abs), {}};
        }
        const QString& split = r.split.isEmpty() ? file.split : r.split;
        // Everything path-related is computed once per (file, split), not per sample.
        const QString key = file.path + '\n' + split;
        auto it = folders_.find(key);
        if (it == folders_.end()) it = folders_.insert(key, makeFolder(file, split));
        lookedIn = it->lookedIn;
        const QString name = it->index->findFileName(r.sampleId);
        if (name.isEmpty()) return {};
        return {it->index->folder() + '/' + name, it->storedPrefix + name, {}};
    }

private:
    struct Folder {
        std::shared_ptr<ImageFolderIndex> index;
        QString storedPrefix; // the folder as the project stores paths, with a trailing '/'
        QString lookedIn;     // for messages, relative to the dataset file
    };

    Folder makeFolder(const DatasetFile& file, const QString& split) {
        const QString dir = QFileInfo(file.path).absolutePath();
        QString folder;
        QStringList prefer;
        if (file.family == DatasetFamily::Axiom) {
            // anxiety_train.json -> anxiety_train_image/, anxiety_test.json -> anxiety_test_image/
            folder = dir + "/anxiety_" + (split == "test" ? "test" : "train") + "_image";
            prefer = {"jpg", "jpeg", "png"};
        } else if (file.family == DatasetFamily::Restore) {
            folder = dir + "/depressive_image/" + (split.isEmpty() ? "train" : split);
            prefer = {"jpeg", "jpg", "png"};
        } else {
            folder = dir + "/images";
        }
        auto shared = indexes_.value(folder);
        if (!shared) indexes_.insert(folder, shared = std::make_shared<ImageFolderIndex>(folder, prefer));
        return {shared, store_.toStoredPath(shared->folder()) + '/',
                QDir(dir).relativeFilePath(folder) + "/"};
    }

    const ProjectStore& store_;
    QHash<QString, Folder> folders_;
    QHash<QString, std::shared_ptr<ImageFolderIndex>> indexes_;
};

struct PendingSample {
    SampleRecord sample;
    QString imageToCheck; // absolute path, checked in parallel after validation
    int stratum = -1;
    bool fromAxiomTrain = false;
};

bool isLegacyAxiomClass(const QString& label) {
    return label.compare("Irritatbily", Qt::CaseInsensitive) == 0 ||
           label.compare("Irritability", Qt::CaseInsensitive) == 0 ||
           label.compare("Unknown", Qt::CaseInsensitive) == 0;
}

// Converts label names to a mask under the schema; returns false (with reason) when the record must be
// skipped.
bool labelsToMask(const LabelSchema& schema, DatasetFamily family, const DatasetRecord& r,
                  std::optional<uint64_t>& mask, QStringList& flags, QString& skipReason) {
    if (!r.hasLabels) {
        mask.reset();
        flags << "no label field; imported unlabelled";
        return true;
    }
    uint64_t m = 0;
    QStringList unknown;
    for (const QString& name : r.labels) {
        const int idx = schema.indexOf(name);
        if (idx < 0)
            unknown << name;
        else
            m |= uint64_t(1) << idx;
    }
    if (!schema.isMultiLabel()) {
        if (!unknown.isEmpty()) {
            if (family == DatasetFamily::Axiom && isLegacyAxiomClass(unknown.first()))
                skipReason =
                    QStringLiteral("class '%1' is not one of the 6 AxiOM classes (older releases; the "
                                   "reference drops these rows)")
                        .arg(unknown.first());
            else
                skipReason = QStringLiteral("unknown label '%1' (the project's labels are: %2)")
                                 .arg(unknown.first(), schema.names().join(", "));
            return false;
        }
        if (r.labels.size() > 1) {
            skipReason = QStringLiteral("%1 labels for a single-label dataset").arg(r.labels.size());
            return false;
        }
        if (r.labels.isEmpty()) {
            mask.reset();
            flags << "empty label; imported unlabelled";
            return true;
        }
        mask = m;
        return true;
    }
    if (!unknown.isEmpty()) {
        if (m == 0) {
            skipReason =
                QStringLiteral("unknown label%1 '%2' and no known one (the project's labels are: %3)")
                    .arg(unknown.size() > 1 ? "s" : "", unknown.join("', '"), schema.names().join(", "));
            return false;
        }
        flags << QStringLiteral("unknown label%1 '%2' dropped")
                     .arg(unknown.size() > 1 ? "s" : "", unknown.join("', '"));
    }
    if (r.labels.isEmpty()) flags << "empty label list";
    mask = m;
    return true;
}

LabelSchema schemaFor(DatasetFamily family, const QVector<DatasetRecord>& records,
                      const ImportOptions& options) {
    if (family == DatasetFamily::Axiom) return LabelSchema::axiom();
    if (family == DatasetFamily::Restore) return LabelSchema::restore();
    QStringList names = options.labelOrder;
    bool multi = false;
    if (names.isEmpty()) {
        for (const auto& r : records) {
            for (const auto& l : r.labels)
                if (!l.isEmpty() && !names.contains(l)) names << l;
        }
    }
    for (const auto& r : records)
        multi |= r.labels.size() > 1;
    const TaskKind task = options.task.value_or(multi ? TaskKind::MultiLabel : TaskKind::SingleLabel);
    if (names.size() > LabelSchema::kMaxLabels)
        throw StoreError(QStringLiteral("the dataset has %1 distinct labels; MemeScope supports up to %2")
                             .arg(names.size())
                             .arg(LabelSchema::kMaxLabels));
    return LabelSchema::withDefaults(task, names);
}

// Issues in file order, then record order (the image checks add theirs after the fact).
void sortIssues(ImportReport& report) {
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) {
                         return std::tie(a.file, a.recordIndex) < std::tie(b.file, b.recordIndex);
                     });
}

QString extraToJson(const QJsonObject& extra) {
    return extra.isEmpty() ? QString()
                           : QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

void storeReport(ProjectStore& store, const ImportReport& report) {
    QSqlQuery q(store.db());
    q.prepare(
        "INSERT INTO import_reports(source, format, imported, merged, flagged, skipped) VALUES(?,?,?,?,?,?)");
    q.addBindValue(report.source);
    q.addBindValue(report.format);
    q.addBindValue(report.imported);
    q.addBindValue(report.merged);
    q.addBindValue(report.flaggedCount());
    q.addBindValue(report.skipped);
    if (!q.exec()) store.fail("cannot store the import report", q.lastError().text());
    const qint64 reportId = q.lastInsertId().toLongLong();
    q.prepare("INSERT INTO import_issues(report, file, record_index, sample_id, severity, reason) "
              "VALUES(?,?,?,?,?,?)");
    for (const auto& i : report.issues) {
        q.addBindValue(reportId);
        q.addBindValue(i.file.isNull() ? QStringLiteral("") : i.file);
        q.addBindValue(i.recordIndex);
        q.addBindValue(i.sampleId.isNull() ? QStringLiteral("") : i.sampleId);
        q.addBindValue(i.severity == ImportIssue::Severity::Skipped ? "skipped" : "flagged");
        q.addBindValue(i.reason);
        if (!q.exec()) store.fail("cannot store the import report", q.lastError().text());
    }
}

// Stage 1: the dataset family of the files (one per project: AxiOM and RESTORE cannot be mixed); generic
// files take the project's.
DatasetFamily decideFamily(QVector<DatasetFile>& files, ProjectStore& store, const QString& path) {
    QSet<DatasetFamily> families;
    for (const auto& f : files)
        if (f.family != DatasetFamily::Generic) families.insert(f.family);
    if (families.size() > 1)
        throw StoreError(path,
                         QStringLiteral("holds both AxiOM (anxiety_*) and RESTORE (depression_*) files; "
                                        "import them into separate projects"));
    DatasetFamily family = families.isEmpty() ? DatasetFamily::Generic : *families.begin();
    if (store.hasLabelSchema() && family == DatasetFamily::Generic)
        family = datasetFamilyFromString(store.meta("dataset"));
    for (auto& f : files)
        if (f.family == DatasetFamily::Generic) f.family = family;
    return family;
}

using ParsedFiles = QVector<QPair<DatasetFile, QVector<DatasetRecord>>>;

// Stage 2: every file read (no database work), base files before the ones that merge into them.
ParsedFiles readFiles(QVector<DatasetFile> files, ImportReport& report, const JobContext& job) {
    std::stable_sort(files.begin(), files.end(),
                     [](const DatasetFile& a, const DatasetFile& b) { return int(a.role) < int(b.role); });
    ParsedFiles parsed;
    for (const auto& f : files) {
        const QString name = QFileInfo(f.path).fileName();
        job.message("reading " + name);
        job.progress({parsed.size(), files.size(),
                      QCoreApplication::translate("memescope::Progress", "reading %1").arg(name)});
        QVector<DatasetRecord> records;
        if (f.format == DatasetFormat::Csv ||
            (f.format == DatasetFormat::Axiom && f.path.endsWith(".csv", Qt::CaseInsensitive)))
            records = DatasetReaders::readCsv(f.path, report);
        else if (f.format == DatasetFormat::Jsonl)
            records = DatasetReaders::readJsonLines(f.path, report);
        else
            records = DatasetReaders::readJsonArray(f.path, report);
        parsed.push_back({f, std::move(records)});
    }
    return parsed;
}

// Stage 3: the labels: the project's (which a named dataset must match), else the dataset's own.
LabelSchema schemaForImport(ProjectStore& store, DatasetFamily family, const ParsedFiles& parsed,
                            const ImportOptions& options, const QString& path) {
    if (!store.hasLabelSchema()) {
        QVector<DatasetRecord> base;
        for (const auto& [f, records] : parsed)
            if (f.role == FileRole::Base) base += records;
        return schemaFor(family, base, options);
    }
    LabelSchema schema = store.labelSchema();
    if (family != DatasetFamily::Generic) {
        const LabelSchema expected =
            family == DatasetFamily::Axiom ? LabelSchema::axiom() : LabelSchema::restore();
        if (schema.names() != expected.names() || schema.task() != expected.task())
            throw StoreError(
                path,
                QStringLiteral("this is a %1 dataset, but the project %2 has the labels: %3")
                    .arg(datasetFamilyToString(family).toUpper(), store.path(), schema.names().join(", ")));
    }
    return schema;
}

// What the import will write, gathered record by record.
struct ImportPlan {
    const LabelSchema& schema;
    DatasetFamily family;
    SampleStore& samples;
    QHash<QString, int64_t> existing; // sample ids already in the project
    QSet<QString> seen;
    QHash<QString, int> pendingIndex; // sample id -> index in `pending`
    QVector<PendingSample> pending;
    QVector<SampleRecord> updates;   // project samples that merging files changed
    QVector<int64_t> labelUpdateIds; // ... and that got labels from them
    QVector<uint64_t> labelUpdateMasks;
    bool hasValFile = false;
};

// Stage 4a: a record of a base file becomes a new sample (or is skipped, naming why).
void addBaseRecord(ImportPlan& plan, ImageLocator& images, const DatasetFile& f, const DatasetRecord& r,
                   ImportReport& report) {
    const QString fileName = QFileInfo(f.path).fileName();
    if (plan.seen.contains(r.sampleId) || plan.existing.contains(r.sampleId)) {
        report.skip(fileName, r.index, r.sampleId,
                    plan.seen.contains(r.sampleId) ? "duplicate sample_id (an earlier record has it)"
                                                   : "duplicate sample_id (already in the project)");
        return;
    }
    QStringList flags;
    std::optional<uint64_t> mask;
    QString skipReason;
    if (!labelsToMask(plan.schema, plan.family, r, mask, flags, skipReason)) {
        report.skip(fileName, r.index, r.sampleId, skipReason);
        return;
    }
    plan.seen.insert(r.sampleId);
    PendingSample p;
    SampleRecord& s = p.sample;
    s.sampleId = r.sampleId;
    s.split = !r.split.isEmpty() ? r.split : (!f.split.isEmpty() ? f.split : "train");
    s.ocrText = r.ocrText;
    s.figurativeReasoning = r.figurativeReasoning;
    s.causeEffect = r.causeEffect;
    s.figurativeUnderstanding = r.figurativeUnderstanding;
    s.mentalState = r.mentalState;
    s.sourceFile = fileName;
    s.sourceIndex = r.index;
    s.extraJson = extraToJson(r.extra);
    s.labelMask = mask;
    if (r.ocrText.trimmed().isEmpty()) flags << "empty ocr_text";
    QString lookedIn;
    const ImageLocator::Found image = images.locate(f, r, lookedIn);
    if (!image.refused.isEmpty()) {
        s.imageStatus = ImageStatus::Missing;
        flags << image.refused;
    } else if (image.absolutePath.isEmpty()) {
        s.imageStatus = ImageStatus::Missing;
        flags << QStringLiteral("image not found (looked for %1 in %2); imported as text-only")
                     .arg(r.imageHint.isEmpty() ? r.sampleId + ".*" : r.imageHint, lookedIn);
    } else {
        s.imagePath = image.storedPath;
        p.imageToCheck = image.absolutePath; // checked later, on all cores
    }
    p.stratum = mask ? int(*mask % 1000003) : -1;
    p.fromAxiomTrain = plan.family == DatasetFamily::Axiom && s.split == "train" && !plan.hasValFile;
    plan.pendingIndex.insert(s.sampleId, int(plan.pending.size()));
    plan.pending.push_back(std::move(p));
    for (const auto& fl : flags)
        report.flag(fileName, r.index, r.sampleId, fl);
}

// Stage 4b: a record of a merging file (figurative reasoning, label-only CSV) completes a sample of this
// import or of the project.
void mergeRecord(ImportPlan& plan, const DatasetFile& f, const DatasetRecord& r, ImportReport& report) {
    const QString fileName = QFileInfo(f.path).fileName();
    SampleRecord* target = nullptr;
    std::optional<SampleRecord> loaded;
    if (auto it = plan.pendingIndex.find(r.sampleId); it != plan.pendingIndex.end()) {
        target = &plan.pending[it.value()].sample;
    } else if (plan.existing.contains(r.sampleId)) {
        loaded = plan.samples.find(r.sampleId);
        target = &*loaded;
    }
    if (!target) {
        report.skip(fileName, r.index, r.sampleId,
                    "no sample with this id in the dataset or the project to merge into");
        return;
    }
    if (f.role == FileRole::Reasoning) {
        target->figurativeReasoning = r.figurativeReasoning;
        target->causeEffect = r.causeEffect;
        target->figurativeUnderstanding = r.figurativeUnderstanding;
        target->mentalState = r.mentalState;
        if (!r.hasReasoning) report.flag(fileName, r.index, r.sampleId, "no figurative_reasoning field");
    }
    QStringList flags;
    std::optional<uint64_t> mask;
    QString skipReason;
    if (r.hasLabels && labelsToMask(plan.schema, plan.family, r, mask, flags, skipReason) && mask) {
        if (!target->labelMask) {
            target->labelMask = mask;
            if (loaded) {
                plan.labelUpdateIds << loaded->id;
                plan.labelUpdateMasks << *mask;
            }
        } else if (*target->labelMask != *mask) {
            report.flag(fileName, r.index, r.sampleId,
                        QStringLiteral("labels here (%1) differ from the dataset's (%2); kept the dataset's")
                            .arg(plan.schema.namesOf(*mask).join(", "),
                                 plan.schema.namesOf(*target->labelMask).join(", ")));
        }
    }
    if (loaded) plan.updates << *loaded;
    ++report.merged;
}

// Stage 5: structural image checks, one open + two small reads per file, spread over all cores.
void checkImages(QVector<PendingSample>& pending, ImportReport& report) {
    QVector<int> toCheck;
    for (int i = 0; i < pending.size(); ++i)
        if (!pending[i].imageToCheck.isEmpty()) toCheck << i;
    QVector<ImageFileCheck> checks(toCheck.size());
    QVector<int> positions(toCheck.size());
    std::iota(positions.begin(), positions.end(), 0);
    QtConcurrent::blockingMap(
        positions, [&](int k) { checks[k] = quickCheckImageFile(pending[toCheck[k]].imageToCheck); });
    for (int k = 0; k < toCheck.size(); ++k) {
        SampleRecord& s = pending[toCheck[k]].sample;
        s.imageStatus = checks[k].status;
        if (checks[k].status != ImageStatus::Ok)
            report.flag(s.sourceFile, s.sourceIndex, s.sampleId,
                        QStringLiteral("unreadable image %1: %2; imported as text-only")
                            .arg(QFileInfo(pending[toCheck[k]].imageToCheck).fileName(), checks[k].problem));
    }
}

// Stage 6: AxiOM ships no validation file: its train records are split 7:1, stratified by label, fixed seed.
void holdOutAxiomValidation(QVector<PendingSample>& pending, uint32_t seed) {
    QVector<int> axiomTrain, strata;
    for (int i = 0; i < pending.size(); ++i)
        if (pending[i].fromAxiomTrain) {
            axiomTrain << i;
            strata << pending[i].stratum;
        }
    if (axiomTrain.isEmpty()) return;
    const QVector<bool> toVal = stratifiedHoldout(strata, 1.0 / 8.0, seed);
    for (int k = 0; k < axiomTrain.size(); ++k)
        if (toVal[k]) pending[axiomTrain[k]].sample.split = "val";
}

// Stage 7: everything in one transaction.
void writeImport(ProjectStore& store, ImportPlan& plan, bool newSchema, ImportReport& report,
                 const JobContext& job) {
    QVector<SampleRecord> toInsert;
    toInsert.reserve(plan.pending.size());
    for (auto& p : plan.pending)
        toInsert.push_back(std::move(p.sample));
    report.imported = int(toInsert.size());
    job.message(QStringLiteral("checked %1 records and their images; writing %2 samples")
                    .arg(plan.seen.size())
                    .arg(toInsert.size()));
    Transaction tx(store);
    if (newSchema) {
        store.setLabelSchema(plan.schema);
        store.setMeta("dataset", datasetFamilyToString(plan.family));
    }
    plan.samples.insertSamples(toInsert, "dataset", AnnotationOrigin::Dataset);
    if (!plan.updates.isEmpty()) plan.samples.updateSampleContents(plan.updates);
    if (!plan.labelUpdateIds.isEmpty())
        plan.samples.annotate(plan.labelUpdateIds, plan.labelUpdateMasks, "dataset",
                              AnnotationOrigin::Dataset);
    storeReport(store, report);
    tx.commit();
    job.message("committed");
}

} // namespace

ImportReport DatasetImporter::importPath(ProjectStore& store, const QString& path,
                                         const ImportOptions& options, const JobContext& job) {
    QVector<DatasetFile> files = discover(path, options.format);
    const DatasetFamily family = decideFamily(files, store, path);
    ImportReport report;
    report.source = QFileInfo(path).absoluteFilePath();
    report.format = datasetFamilyToString(family);
    const ParsedFiles parsed = readFiles(files, report, job);
    const bool newSchema = !store.hasLabelSchema();
    const LabelSchema schema = schemaForImport(store, family, parsed, options, path);

    SampleStore samples(store);
    ImportPlan plan{schema, family, samples, samples.idsBySampleId(), {}, {}, {}, {}, {}, {}, false};
    for (const auto& [f, records] : parsed)
        if (f.role == FileRole::Base && f.split == "val") plan.hasValFile = true;
    ImageLocator images(store);
    for (const auto& [f, records] : parsed)
        for (const DatasetRecord& r : records) {
            if (f.role == FileRole::Base)
                addBaseRecord(plan, images, f, r, report);
            else
                mergeRecord(plan, f, r, report);
        }
    checkImages(plan.pending, report);
    sortIssues(report);
    holdOutAxiomValidation(plan.pending, options.splitSeed);
    writeImport(store, plan, newSchema, report, job);
    return report;
}

} // namespace memescope
