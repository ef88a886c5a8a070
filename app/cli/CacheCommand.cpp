#include "CliCommon.h"
#include "core/engine/FeatureCaching.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>

namespace memescope::cli {

int runCache(const QStringList& args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        "List the project's cache of frozen encoder features (computed once by runs that freeze encoder "
        "layers, read by later epochs, runs and ablation variants with the same encoders), or delete it "
        "with --clear. Deleting loses nothing: the features are computed again when a run needs them.");
    p.addOption({"project", "Project file (.memescope).", "FILE"});
    p.addOption({"clear", "Delete every cached feature of the project."});
    p.addOption({"json", "Print JSON on the last line."});
    parseOrThrow(p, args);
    if (!p.isSet("project")) throw UserError{"--project FILE is required"};
    const QString project = p.value("project");
    if (!QFileInfo::exists(project)) throw UserError{project + ": no such project file"};
    const CliOutput out(p.isSet("json"));
    qint64 freed = 0;
    if (p.isSet("clear")) {
        freed = featureCacheBytes(project);
        clearFeatureCache(project);
    }
    QJsonArray list;
    QString text = QStringLiteral("Feature cache: %1\n").arg(featureCacheFolder(project));
    qint64 total = 0;
    for (const FeatureCacheEntry& e : listFeatureCaches(project)) {
        total += e.bytes;
        text += QStringLiteral("  %1 encoder  %2 memes  %3 MB  %4  (%5)\n")
                    .arg(e.encoder, -5)
                    .arg(e.memes, 7)
                    .arg(double(e.bytes) / 1e6, 8, 'f', 1)
                    .arg(e.modified.toString(Qt::ISODate), QFileInfo(e.folder).fileName());
        list.append(QJsonObject{{"encoder", e.encoder},
                                {"folder", e.folder},
                                {"memes", e.memes},
                                {"bytes", double(e.bytes)},
                                {"modified", e.modified.toString(Qt::ISODate)}});
    }
    if (list.isEmpty()) text += QStringLiteral("  (empty)\n");
    text += QStringLiteral("Total: %1 MB").arg(double(total) / 1e6, 0, 'f', 1);
    if (p.isSet("clear")) text += QStringLiteral(" (deleted %1 MB)").arg(double(freed) / 1e6, 0, 'f', 1);
    out.result(QJsonObject{{"folder", featureCacheFolder(project)},
                           {"caches", list},
                           {"bytes", double(total)},
                           {"deleted_bytes", double(freed)}},
               text);
    return 0;
}

} // namespace memescope::cli
