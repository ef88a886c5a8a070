#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace memescope {

// One record as read from a dataset file, before validation against the label schema.
struct DatasetRecord {
    QString file; // file name, for reports
    int index = -1;
    QString sampleId;
    QString ocrText;
    QStringList labels;
    bool hasLabels = false; // the file carries a label field for this record
    QString split;          // train | val | test, or empty when the file does not say
    QString imageHint;      // an explicit image path (generic formats), relative to the file's folder
    QString figurativeReasoning, causeEffect, figurativeUnderstanding, mentalState;
    bool hasReasoning = false;
    QJsonObject extra; // fields we do not interpret, kept for a lossless export
};

} // namespace memescope
