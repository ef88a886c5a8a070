#include "PlantedReposts.h"

#include "ProjectDuplicates.h"
#include "core/store/StoreError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace memescope::duplicates {
namespace {

const DuplicateKind kKinds[] = {DuplicateKind::SameMeme, DuplicateKind::SameTextOtherImage,
                                DuplicateKind::SameImageOtherText, DuplicateKind::TextOnly,
                                DuplicateKind::Mixed};

QString pairKey(const QString& a, const QString& b) {
    return a < b ? a + QChar(0) + b : b + QChar(0) + a;
}

} // namespace

QVector<PlantedRepost> readPlantedReposts(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw StoreError(path + ": cannot read: " + f.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (doc.isNull())
        throw StoreError(
            QStringLiteral("%1: not JSON (%2 at byte %3)").arg(path, error.errorString()).arg(error.offset));
    if (!doc.object().value("reposts").isArray())
        throw StoreError(path + ": expected an object with a \"reposts\" list");
    QVector<PlantedRepost> out;
    int index = 0;
    for (const QJsonValue& v : doc.object().value("reposts").toArray()) {
        const QJsonObject o = v.toObject();
        PlantedRepost r;
        r.original = o.value("original").toString();
        r.copy = o.value("copy").toString();
        if (r.original.isEmpty() || r.copy.isEmpty())
            throw StoreError(
                QStringLiteral("%1: entry %2 lacks \"original\" or \"copy\"").arg(path).arg(index));
        const auto kind = duplicateKindFromString(o.value("kind").toString());
        if (!kind)
            throw StoreError(
                QStringLiteral("%1: entry %2: unknown kind '%3' (expected same_meme, "
                               "same_text_other_image, same_image_other_text, text_only or mixed)")
                    .arg(path)
                    .arg(index)
                    .arg(o.value("kind").toString()));
        r.kind = *kind;
        out.push_back(r);
        ++index;
    }
    return out;
}

RepostScores scorePlantedReposts(const ProjectDuplicates& found, const QVector<PlantedRepost>& known) {
    RepostScores scores;
    for (const DuplicateKind k : kKinds)
        scores.byKind.push_back({k, 0, 0, 0, 0});
    auto slot = [&](DuplicateKind k) -> RepostScore& { return scores.byKind[int(k)]; };
    QHash<QString, int> groupOfId;
    for (int i = 0; i < found.samples.size(); ++i)
        groupOfId.insert(found.samples[i].sampleId, found.report.groupOf[size_t(i)]);
    QSet<QString> knownPairs;
    for (const PlantedRepost& r : known) {
        if (!groupOfId.contains(r.original) || !groupOfId.contains(r.copy)) {
            ++scores.unknownIds;
            continue;
        }
        knownPairs.insert(pairKey(r.original, r.copy));
        const int g = groupOfId.value(r.original);
        const bool hit = g >= 0 && g == groupOfId.value(r.copy);
        ++slot(r.kind).known;
        ++scores.all.known;
        if (hit) ++slot(r.kind).found, ++scores.all.found;
    }
    for (const DuplicateGroup& g : found.report.groups)
        for (size_t a = 0; a < g.members.size(); ++a)
            for (size_t b = a + 1; b < g.members.size(); ++b) {
                const bool right = knownPairs.contains(
                    pairKey(found.samples[g.members[a]].sampleId, found.samples[g.members[b]].sampleId));
                ++slot(g.kind).detected;
                ++scores.all.detected;
                if (right) ++slot(g.kind).correct, ++scores.all.correct;
            }
    return scores;
}

} // namespace memescope::duplicates
