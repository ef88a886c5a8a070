#pragma once

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace memescope {

// What happened to every record of an import. Nothing is dropped silently: each record that was skipped
// (not imported) or flagged (imported, with a problem worth knowing) is listed with file, index and reason.
struct ImportIssue {
    enum class Severity { Flagged, Skipped };
    QString file;
    int recordIndex = -1; // 0-based position in the file (data row for CSV); -1 = the file as a whole
    QString sampleId;
    Severity severity = Severity::Skipped;
    QString reason;
};

struct ImportReport {
    QString source;
    QString format;
    int imported = 0; // new samples
    int merged = 0;   // records merged into existing samples (figurative reasoning, label-only files)
    int skipped = 0;
    QVector<ImportIssue> issues;

    void flag(const QString& file, int index, const QString& sampleId, const QString& reason);
    void skip(const QString& file, int index, const QString& sampleId, const QString& reason);
    // Samples imported with at least one flag.
    int flaggedCount() const;

    QString toText(int maxIssues = 200) const;
    QJsonObject toJson() const;
};

} // namespace memescope
