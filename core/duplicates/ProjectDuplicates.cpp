#include "ProjectDuplicates.h"

#include "DuplicateFinder.h"
#include "ImageHashing.h"
#include "core/ocr/OcrStore.h"
#include "core/store/ImageHashStore.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/SplitSchemeStore.h"

#include <QCoreApplication>
#include <set>

namespace memescope::duplicates {

QSet<int64_t> ProjectDuplicates::leakedTestRowIds() const {
    QSet<int64_t> out;
    for (const int i : report.leakedTestMembers())
        out.insert(samples[i].rowId);
    return out;
}

int ProjectDuplicates::groupCount(DuplicateKind kind) const {
    return int(std::count_if(report.groups.begin(), report.groups.end(),
                             [kind](const DuplicateGroup& g) { return g.kind == kind; }));
}

QHash<QString, int> ProjectDuplicates::leaksBySplitPair() const {
    QHash<QString, int> out;
    for (const DuplicateGroup& g : report.groups) {
        if (!g.leak) continue;
        std::set<Split> splits;
        for (const int m : g.members)
            if (samples[m].split != Split::Unassigned) splits.insert(samples[m].split);
        for (auto a = splits.begin(); a != splits.end(); ++a)
            for (auto b = std::next(a); b != splits.end(); ++b)
                ++out[splitToString(*a) + QLatin1Char('-') + splitToString(*b)];
    }
    return out;
}

int ProjectDuplicates::conflictingGroups() const {
    return int(std::count_if(report.groups.begin(), report.groups.end(),
                             [](const DuplicateGroup& g) { return g.conflictingLabels; }));
}

QSet<int64_t> ProjectDuplicates::conflictingRowIds() const {
    QSet<int64_t> out;
    for (const DuplicateGroup& g : report.groups)
        if (g.conflictingLabels)
            for (const int member : g.members)
                out.insert(samples[member].rowId);
    return out;
}

ProjectDuplicates ProjectDuplicates::find(ProjectStore& store, const DuplicateSettings& settings,
                                          const JobContext& job, const QString& splitScheme) {
    settings.validate(); // before any work
    const JobContext hashing = job.part({[&job](const JobProgress& p) {
        JobProgress q = p;
        q.total = p.total + 1; // the grouping is the last step
        job.progress(q);
    }});
    ImageHashSummary hashed = ImageHashJob::run(store, hashing);
    for (const QString& e : hashed.errors)
        job.message(e);
    if (hashed.cancelled) return {};
    return findWithStoredHashes(store, settings, job, splitScheme);
}

ProjectDuplicates ProjectDuplicates::findWithStoredHashes(ProjectStore& store,
                                                          const DuplicateSettings& settings,
                                                          const JobContext& job, const QString& splitScheme) {
    settings.validate();
    job.progress({0, 1, QCoreApplication::translate("memescope::Progress", "finding duplicates"), -1, {}});
    ProjectDuplicates out;
    const QHash<int64_t, StoredImageHash> hashes = ImageHashStore(store).current();
    const QHash<int64_t, QString> ocrTexts = OcrStore(store).recognizedTexts();
    const bool otherScheme =
        !splitScheme.isEmpty() && splitScheme != QLatin1String(SplitSchemeStore::kOriginal);
    const QHash<int64_t, Split> schemeSplits =
        otherScheme ? SplitSchemeStore(store).load(splitScheme) : QHash<int64_t, Split>();
    std::vector<DuplicateInput> inputs;
    for (const SampleRecord& s : SampleStore(store).loadAll()) {
        DuplicateSample d;
        d.rowId = s.id;
        d.sampleId = s.sampleId;
        d.text = s.ocrText.trimmed().isEmpty() ? ocrTexts.value(s.id) : s.ocrText;
        const bool usableImage = !s.imagePath.isEmpty() && s.imageStatus == ImageStatus::Ok;
        d.imagePath = usableImage ? s.imagePath : QString();
        d.split = otherScheme ? schemeSplits.value(s.id, Split::Unassigned)
                              : splitFromString(s.split).value_or(Split::Unassigned);
        d.labels = s.labelMask;
        DuplicateInput in;
        in.text = d.text;
        in.hasImage = usableImage;
        in.split = d.split;
        in.labels = s.labelMask;
        if (usableImage) {
            const auto h = hashes.constFind(s.id);
            if (h != hashes.constEnd() && h->phash) {
                in.imageHash = h->phash;
                in.picture = PictureSignature::fromBytes(h->picture);
            } else
                ++out.imagesWithoutHash;
        }
        inputs.push_back(std::move(in));
        out.samples.push_back(std::move(d));
    }
    out.report = findDuplicates(inputs, settings, job.cancellation());
    job.progress({1, 1, QCoreApplication::translate("memescope::Progress", "finding duplicates"), 0, {}});
    return out;
}

DuplicateSettings ProjectDuplicates::projectSettings(ProjectStore& store) {
    DuplicateSettings s;
    bool ok = false;
    const double t = store.meta("duplicates.text_threshold").toDouble(&ok);
    if (ok) s.textThreshold = t;
    const int d = store.meta("duplicates.image_distance").toInt(&ok);
    if (ok) s.imageDistance = d;
    const int o = store.meta("duplicates.image_only_distance").toInt(&ok);
    if (ok) s.imageOnlyDistance = o;
    const int w = store.meta("duplicates.min_words").toInt(&ok);
    if (ok) s.minWords = w;
    const double p = store.meta("duplicates.picture_similarity").toDouble(&ok);
    if (ok) s.pictureSimilarity = p;
    try {
        s.validate();
    } catch (const std::invalid_argument&) {
        return {}; // a hand-edited value out of range: the defaults, rather than no figures at all
    }
    return s;
}

void ProjectDuplicates::setProjectSettings(ProjectStore& store, const DuplicateSettings& settings) {
    settings.validate();
    Transaction tx(store);
    store.setMeta("duplicates.text_threshold", QString::number(settings.textThreshold));
    store.setMeta("duplicates.image_distance", QString::number(settings.imageDistance));
    store.setMeta("duplicates.image_only_distance", QString::number(settings.imageOnlyDistance));
    store.setMeta("duplicates.min_words", QString::number(settings.minWords));
    store.setMeta("duplicates.picture_similarity", QString::number(settings.pictureSimilarity));
    tx.commit();
}

LeakedMemes ProjectDuplicates::leakedTestMemes(ProjectStore& store, const JobContext& job,
                                               const QString& splitScheme) {
    const DuplicateSettings settings = projectSettings(store);
    const ProjectDuplicates d = store.isReadOnly() ? findWithStoredHashes(store, settings, job, splitScheme)
                                                   : find(store, settings, job, splitScheme);
    return {d.leakedTestRowIds(), settings.textThreshold, settings.imageDistance};
}

} // namespace memescope::duplicates
