#include "CliCommon.h"
#include "ProgressBar.h"
#include "core/duplicates/PlantedReposts.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/store/ProjectStore.h"
#include "core/store/StoreError.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <optional>

namespace memescope::cli {
namespace {

duplicates::DuplicateSettings settingsFrom(const QCommandLineParser& p) {
    duplicates::DuplicateSettings s;
    bool ok = true;
    if (p.isSet("text-threshold")) s.textThreshold = p.value("text-threshold").toDouble(&ok);
    if (!ok)
        throw UserError{"--text-threshold takes a number between 0.5 and 1, not '" +
                        p.value("text-threshold") + "'"};
    if (p.isSet("image-distance")) s.imageDistance = p.value("image-distance").toInt(&ok);
    if (!ok)
        throw UserError{"--image-distance takes a whole number of bits 0..16, not '" +
                        p.value("image-distance") + "'"};
    if (p.isSet("image-only-distance")) s.imageOnlyDistance = p.value("image-only-distance").toInt(&ok);
    if (!ok)
        throw UserError{"--image-only-distance takes a whole number of bits, not '" +
                        p.value("image-only-distance") + "'"};
    if (p.isSet("picture-similarity")) s.pictureSimilarity = p.value("picture-similarity").toDouble(&ok);
    if (!ok)
        throw UserError{"--picture-similarity takes a number between 0.5 and 1, not '" +
                        p.value("picture-similarity") + "'"};
    if (p.isSet("min-words")) s.minWords = p.value("min-words").toInt(&ok);
    if (!ok) throw UserError{"--min-words takes a whole number 1..20, not '" + p.value("min-words") + "'"};
    try {
        s.validate();
    } catch (const std::invalid_argument& e) {
        throw UserError{QString::fromUtf8(e.what())};
    }
    return s;
}

QJsonObject groupJson(const duplicates::ProjectDuplicates& d, const duplicates::DuplicateGroup& g,
                      const LabelSchema& schema) {
    QJsonArray members;
    for (const int m : g.members) {
        const duplicates::DuplicateSample& s = d.samples[m];
        QJsonObject o{{"sample_id", s.sampleId},
                      {"split", splitToString(s.split)},
                      {"text", s.text},
                      {"image", s.imagePath}};
        o["labels"] =
            s.labels ? QJsonValue(QJsonArray::fromStringList(schema.namesOf(*s.labels))) : QJsonValue();
        members.append(o);
    }
    QJsonObject o{{"kind", duplicates::duplicateKindToString(g.kind)},
                  {"leak", g.leak},
                  {"conflicting_labels", g.conflictingLabels},
                  {"members", members}};
    if (g.textMatched) o["text_similarity"] = g.minTextSimilarity;
    if (g.imageMatched) o["image_distance"] = g.maxImageDistance;
    if (g.pictureMatched) o["picture_similarity"] = g.minPictureSimilarity;
    return o;
}

QString groupText(const duplicates::ProjectDuplicates& d, const duplicates::DuplicateGroup& g, int number,
                  const LabelSchema& schema) {
    QStringList flags;
    if (g.leak) flags << "leak";
    if (g.conflictingLabels) flags << "conflicting labels";
    QStringList how;
    if (g.textMatched) how << QStringLiteral("text similarity >= %1").arg(g.minTextSimilarity, 0, 'f', 2);
    if (g.imageMatched) how << QStringLiteral("image within %1 bits").arg(g.maxImageDistance);
    if (g.pictureMatched)
        how << QStringLiteral("picture similarity >= %1").arg(g.minPictureSimilarity, 0, 'f', 2);
    QString text = QStringLiteral("  #%1 %2, %3 memes%4 (%5)\n")
                       .arg(number)
                       .arg(duplicates::duplicateKindDisplayName(g.kind).toLower())
                       .arg(g.members.size())
                       .arg(flags.isEmpty() ? QString() : ", " + flags.join(", "))
                       .arg(how.join(", "));
    for (const int m : g.members) {
        const duplicates::DuplicateSample& s = d.samples[m];
        QString caption = s.text.simplified();
        if (caption.size() > 60) caption = caption.left(57) + "...";
        text += QStringLiteral("      %1 [%2] %3  \"%4\"\n")
                    .arg(s.sampleId, -10)
                    .arg(splitToString(s.split))
                    .arg(s.labels ? schema.namesOf(*s.labels).join(", ") : QStringLiteral("unlabelled"))
                    .arg(caption);
    }
    return text;
}

} // namespace

int runDuplicates(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "Find memes that repeat each other (the same meme re-uploaded, the same caption over another "
        "picture, the "
        "same picture under another caption) by caption text, perceptual image hash and caption-blind "
        "picture signature, and the groups that "
        "leak "
        "across the train / validation / test splits. Images not hashed yet are hashed first (all cores); a "
        "project open in MemeScope is read as it is, with the hashes it has.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"text-threshold",
                 "Jaccard similarity of word pairs from which two captions match, 0.5..1 "
                 "(default 0.7; 1 = the same text after normalisation).",
                 "X"});
    p.addOption({"image-distance",
                 "Hamming distance of 64-bit perceptual hashes up to which two pictures match, "
                 "0..16 bits (default 10).",
                 "BITS"});
    p.addOption({"image-only-distance",
                 "Memes whose captions differ are linked by their pictures only this close, "
                 "0..image distance (default 4).",
                 "BITS"});
    p.addOption({"picture-similarity",
                 "The share of the picture blocks where neither meme shows text that must have the same "
                 "colour (and the same structure) for the same picture under another caption, 0.5..1 "
                 "(default 0.9).",
                 "X"});
    p.addOption({"min-words", "Captions with fewer words are not compared (default 3).", "N"});
    p.addOption(
        {"groups", "How many groups to print, largest first (default 20; --json lists all).", "N", "20"});
    p.addOption({"truth",
                 "Known reposts to score the detection against: a JSON file like the demo's "
                 "demo_reposts.json ({\"reposts\": [{\"original\", \"copy\", \"kind\"}]}).",
                 "FILE"});
    p.addOption({"json", "Print the summary and every group as JSON on the last line."});
    parseOrThrow(p, args);
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    const duplicates::DuplicateSettings settings = settingsFrom(p);
    bool ok = false;
    const int shown = p.value("groups").toInt(&ok);
    if (!ok || shown < 0) throw UserError{"--groups takes a non-negative whole number"};
    const CliOutput out(p.isSet("json"));

    auto store = openForReading(p.value("project"), out);
    ProgressBar bar("Duplicates");
    std::optional<InterruptScope> interrupts(std::in_place);
    JobContext::Listener listener;
    listener.progress = [&](const JobProgress& jp) { bar.update(int(jp.done), int(jp.total), jp.stage); };
    const JobContext job = out.job(listener);
    const duplicates::ProjectDuplicates d =
        store->isReadOnly() ? duplicates::ProjectDuplicates::findWithStoredHashes(*store, settings, job)
                            : duplicates::ProjectDuplicates::find(*store, settings, job);
    bar.finish();
    if (job.cancelled()) throw UserError{"cancelled"};
    interrupts.reset();
    const LabelSchema schema = store->labelSchema();
    const duplicates::DuplicateReport& r = d.report;

    using duplicates::DuplicateKind;
    const QList<DuplicateKind> kinds = {DuplicateKind::SameMeme, DuplicateKind::SameTextOtherImage,
                                        DuplicateKind::SameImageOtherText, DuplicateKind::TextOnly,
                                        DuplicateKind::Mixed};
    QJsonObject byKind;
    QStringList kindText;
    for (const DuplicateKind k : kinds) {
        byKind[duplicates::duplicateKindToString(k)] = d.groupCount(k);
        kindText << QStringLiteral("%1 %2")
                        .arg(duplicates::duplicateKindDisplayName(k).toLower())
                        .arg(d.groupCount(k));
    }
    QJsonObject leaks;
    QStringList leakText;
    const QHash<QString, int> bySplit = d.leaksBySplitPair();
    for (auto it = bySplit.begin(); it != bySplit.end(); ++it) {
        leaks[it.key()] = it.value();
        leakText << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    std::sort(leakText.begin(), leakText.end());
    const int leakGroups =
        int(std::count_if(r.groups.begin(), r.groups.end(), [](const auto& g) { return g.leak; }));
    const int leakedTest = int(d.leakedTestRowIds().size());
    const int testMemes = int(std::count_if(d.samples.begin(), d.samples.end(),
                                            [](const auto& s) { return s.split == Split::Test; }));
    const int inGroups = int(std::count_if(r.groupOf.begin(), r.groupOf.end(), [](int g) { return g >= 0; }));

    QString text =
        QStringLiteral(
            "Duplicates in %1: %2 memes, %3 captions compared (text similarity >= %4), %5 images hashed "
            "(within %6 bits)%7\n")
            .arg(store->path())
            .arg(r.inputs)
            .arg(r.comparedTexts)
            .arg(settings.textThreshold, 0, 'f', 2)
            .arg(r.hashedImages)
            .arg(settings.imageDistance)
            .arg(d.imagesWithoutHash ? QStringLiteral("; %1 images without a hash (compared by text only)")
                                           .arg(d.imagesWithoutHash)
                                     : QString());
    text += QStringLiteral("Groups: %1 holding %2 memes (%3)\n")
                .arg(r.groups.size())
                .arg(inGroups)
                .arg(kindText.join(", "));
    if (testMemes == 0)
        text += "Leaks: the project has no test split, so nothing can leak into it";
    else
        text += QStringLiteral(
                    "Leaks: %1 groups span splits%2; %3 of %4 test memes repeat a training or validation "
                    "meme (the leak-free test set keeps %5)")
                    .arg(leakGroups)
                    .arg(leakText.isEmpty() ? QString() : " (" + leakText.join(", ") + ")")
                    .arg(leakedTest)
                    .arg(testMemes)
                    .arg(testMemes - leakedTest);
    text += QStringLiteral("\nConflicting labels: %1 groups\n").arg(d.conflictingGroups());
    QJsonArray groups;
    for (size_t i = 0; i < r.groups.size(); ++i) {
        groups.append(groupJson(d, r.groups[i], schema));
        if (int(i) < shown) text += groupText(d, r.groups[i], int(i) + 1, schema);
    }
    if (int(r.groups.size()) > shown)
        text += QStringLiteral("  ... %1 more groups (--groups N)\n").arg(int(r.groups.size()) - shown);
    QJsonObject scoring;
    if (p.isSet("truth")) {
        const duplicates::RepostScores sc =
            duplicates::scorePlantedReposts(d, duplicates::readPlantedReposts(p.value("truth")));
        text +=
            QStringLiteral("Known reposts (%1): found / known = recall; right / detected pairs = precision\n")
                .arg(p.value("truth"));
        QJsonArray rows;
        auto row = [&](const QString& name, const duplicates::RepostScore& x) {
            text += QStringLiteral("  %1 recall %2 (%3/%4), precision %5 (%6/%7)\n")
                        .arg(name, -28)
                        .arg(x.recall(), 0, 'f', 3)
                        .arg(x.found)
                        .arg(x.known)
                        .arg(x.precision(), 0, 'f', 3)
                        .arg(x.correct)
                        .arg(x.detected);
            rows.append(QJsonObject{{"kind", name},
                                    {"known", x.known},
                                    {"found", x.found},
                                    {"detected", x.detected},
                                    {"correct", x.correct},
                                    {"recall", x.recall()},
                                    {"precision", x.precision()}});
        };
        for (const duplicates::RepostScore& x : sc.byKind)
            if (x.known || x.detected) row(duplicates::duplicateKindToString(x.kind), x);
        row("all", sc.all);
        if (sc.unknownIds)
            text += QStringLiteral("  (%1 known reposts name memes not in the project)\n").arg(sc.unknownIds);
        scoring = QJsonObject{{"by_kind", rows}, {"unknown_ids", sc.unknownIds}};
    }
    out.result({{"project", store->path()},
                {"memes", r.inputs},
                {"texts_compared", r.comparedTexts},
                {"images_hashed", r.hashedImages},
                {"images_without_hash", d.imagesWithoutHash},
                {"pictures_compared", r.comparedPictures},
                {"settings", QJsonObject{{"text_threshold", settings.textThreshold},
                                         {"image_distance", settings.imageDistance},
                                         {"image_only_distance", settings.imageOnlyDistance},
                                         {"min_words", settings.minWords},
                                         {"picture_similarity", settings.pictureSimilarity}}},
                {"groups_by_kind", byKind},
                {"leaks_by_split_pair", leaks},
                {"leak_groups", leakGroups},
                {"test_memes", testMemes},
                {"leaked_test_memes", leakedTest},
                {"conflicting_groups", d.conflictingGroups()},
                {"truth_scores", scoring},
                {"groups", groups}},
               text.trimmed());
    return kOk;
}

} // namespace memescope::cli
