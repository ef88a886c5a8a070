#include "ImportReport.h"

#include <QJsonArray>
#include <QSet>

namespace memescope {

void ImportReport::flag(const QString& file, int index, const QString& sampleId, const QString& reason) {
    issues.push_back({file, index, sampleId, ImportIssue::Severity::Flagged, reason});
}

void ImportReport::skip(const QString& file, int index, const QString& sampleId, const QString& reason) {
    issues.push_back({file, index, sampleId, ImportIssue::Severity::Skipped, reason});
    ++skipped;
}

int ImportReport::flaggedCount() const {
    QSet<QString> keys;
    for (const auto& i : issues)
        if (i.severity == ImportIssue::Severity::Flagged)
            keys.insert(i.file + '\n' + QString::number(i.recordIndex));
    return int(keys.size());
}

QString ImportReport::toText(int maxIssues) const {
    QString out = QStringLiteral("Import of %1 (%2): %3 imported, %4 merged, %5 flagged, %6 skipped\n")
                      .arg(source, format)
                      .arg(imported)
                      .arg(merged)
                      .arg(flaggedCount())
                      .arg(skipped);
    int shown = 0;
    for (const auto& i : issues) {
        if (shown++ == maxIssues) {
            out += QStringLiteral("  ... and %1 more (see the project's import report)\n")
                       .arg(issues.size() - maxIssues);
            break;
        }
        out += QStringLiteral("  %1 %2").arg(
            i.severity == ImportIssue::Severity::Skipped ? "SKIPPED" : "FLAGGED", i.file);
        if (i.recordIndex >= 0) out += QStringLiteral(" #%1").arg(i.recordIndex);
        if (!i.sampleId.isEmpty()) out += QStringLiteral(" [%1]").arg(i.sampleId);
        out += ": " + i.reason + '\n';
    }
    return out;
}

QJsonObject ImportReport::toJson() const {
    QJsonArray list;
    for (const auto& i : issues)
        list.append(
            QJsonObject{{"file", i.file},
                        {"record_index", i.recordIndex},
                        {"sample_id", i.sampleId},
                        {"severity", i.severity == ImportIssue::Severity::Skipped ? "skipped" : "flagged"},
                        {"reason", i.reason}});
    return {{"source", source},          {"format", format},   {"imported", imported}, {"merged", merged},
            {"flagged", flaggedCount()}, {"skipped", skipped}, {"issues", list}};
}

} // namespace memescope
