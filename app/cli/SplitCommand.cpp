#include "CliCommon.h"
#include "ProgressBar.h"
#include "core/duplicates/GroupAwareSplit.h"
#include "core/duplicates/ProjectDuplicates.h"
#include "core/store/ProjectStore.h"
#include "core/store/SplitSchemeStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace memescope::cli {

int runSplit(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription("List the project's split schemes, or make a new one with "
                                "--group-duplicates: a stratified split in which "
                                "every group of duplicate memes stays in one split, so no repost of a "
                                "training meme is tested on. The "
                                "dataset's own split ('original') is kept: published figures are reported on "
                                "it. Train and evaluate on "
                                "a scheme with --split-scheme NAME.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"group-duplicates", "Make a split that keeps each duplicate group in one split."});
    p.addOption({"name", "The new scheme's name (default: grouped).", "NAME", "grouped"});
    p.addOption({"seed", "Seed of the new split (default 42).", "N", "42"});
    p.addOption({"replace", "Replace a scheme of the same name."});
    p.addOption({"json", "Print JSON on the last line."});
    parseOrThrow(p, args);
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    const CliOutput out(p.isSet("json"));
    auto store = ProjectStore::open(p.value("project"), ProjectStore::Mode::OpenExisting);
    SplitSchemeStore schemes(*store);
    QString text;
    QJsonObject made;
    if (p.isSet("group-duplicates")) {
        bool ok = false;
        const uint32_t seed = p.value("seed").toUInt(&ok);
        if (!ok) throw UserError{"--seed takes a non-negative whole number"};
        const QString name = p.value("name").trimmed();
        ProgressBar bar("Duplicates");
        JobContext::Listener listener;
        listener.progress = [&](const JobProgress& jp) { bar.update(int(jp.done), int(jp.total), jp.stage); };
        const duplicates::DuplicateSettings settings = duplicates::ProjectDuplicates::projectSettings(*store);
        const duplicates::ProjectDuplicates found =
            duplicates::ProjectDuplicates::find(*store, settings, out.job(listener));
        bar.finish();
        duplicates::GroupAwareSplitSummary s;
        const QHash<int64_t, Split> splits =
            duplicates::groupAwareSplit(found, schemes.load(SplitSchemeStore::kOriginal), seed, &s);
        const QString description =
            QStringLiteral("duplicate groups kept in one split (captions %1 alike, pictures within %2 bits), "
                           "stratified by label, seed %3")
                .arg(settings.textThreshold, 0, 'f', 2)
                .arg(settings.imageDistance)
                .arg(seed);
        schemes.save(name, description, splits, p.isSet("replace"));
        text += QStringLiteral(
                    "Made split scheme '%1': train %2, validation %3, test %4; %5 duplicate groups kept "
                    "whole, %6 memes moved from the original split\n")
                    .arg(name)
                    .arg(s.train)
                    .arg(s.val)
                    .arg(s.test)
                    .arg(s.groupsKeptWhole)
                    .arg(s.moved);
        made = {{"name", name},
                {"train", s.train},
                {"val", s.val},
                {"test", s.test},
                {"groups_kept_whole", s.groupsKeptWhole},
                {"moved", s.moved}};
    }
    QJsonArray list;
    text += "Split schemes:\n";
    for (const SplitSchemeInfo& i : schemes.schemes()) {
        text += QStringLiteral("  %1 train %2, validation %3, test %4 — %5\n")
                    .arg(i.name, -16)
                    .arg(i.train)
                    .arg(i.val)
                    .arg(i.test)
                    .arg(i.description);
        list.append(QJsonObject{{"name", i.name},
                                {"description", i.description},
                                {"train", i.train},
                                {"val", i.val},
                                {"test", i.test},
                                {"created_at", i.createdAt}});
    }
    QJsonObject result{{"schemes", list}};
    if (!made.isEmpty()) result["made"] = made;
    out.result(result, text.trimmed());
    return kOk;
}

} // namespace memescope::cli
