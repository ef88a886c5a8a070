#include "DatasetReaders.h"

#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace memescope {
namespace {

const QStringList kIdFields = {"sample_id", "id"};
const QStringList kTextFields = {"ocr_text", "text"};
const QStringList kLabelFields = {"meme_anxiety_category", "meme_anxiety_categories",
                                  "meme_depressive_categories", "labels", "label"};
const QStringList kImageFields = {"image", "image_path", "file_name", "filename"};

QString typeName(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "text";
    case QJsonValue::Array:
        return "a list";
    case QJsonValue::Object:
        return "an object";
    default:
        return "undefined";
    }
}

// Splits a label cell of a CSV: "A", "A|B", "A;B" or a Python/JSON-style list "['A', 'B']".
QStringList splitLabelCell(const QString& cell) {
    QString s = cell.trimmed();
    if (s.isEmpty()) return {};
    if (s.startsWith('[') && s.endsWith(']')) {
        s = s.mid(1, s.size() - 2);
        QStringList out;
        static const QRegularExpression item(R"(\s*(['"])(.*?)\1\s*(,|$))");
        auto it = item.globalMatch(s);
        while (it.hasNext())
            out << it.next().captured(2);
        return out;
    }
    const QChar sep = s.contains('|') ? QChar('|') : (s.contains(';') ? QChar(';') : QChar());
    if (sep.isNull()) return {s};
    QStringList out;
    for (const auto& part : s.split(sep, Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

// Maps one JSON object onto a DatasetRecord. `labelsAsCells`: string label fields may hold several labels
// (CSV cells); in JSON a string is exactly one label name.
bool recordFromObject(const QJsonObject& obj, DatasetRecord& r, bool labelsAsCells, QString& problem) {
    // The id first, so that every later problem is reported with it.
    for (const QString& key : kIdFields) {
        if (!obj.contains(key)) continue;
        const QJsonValue v = obj.value(key);
        if (v.isString())
            r.sampleId = v.toString().trimmed();
        else if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())))
            r.sampleId = QString::number(qint64(v.toDouble()));
        else {
            problem = QStringLiteral("field '%1' should be text but is %2").arg(key, typeName(v));
            return false;
        }
        break;
    }
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (kIdFields.contains(key)) {
            continue;
        } else if (kTextFields.contains(key)) {
            if (v.isString())
                r.ocrText = v.toString();
            else if (!v.isNull()) {
                problem = QStringLiteral("field '%1' should be text but is %2").arg(key, typeName(v));
                return false;
            }
        } else if (kLabelFields.contains(key)) {
            if (v.isNull()) continue;
            r.hasLabels = true;
            if (v.isString()) {
                r.labels = labelsAsCells ? splitLabelCell(v.toString()) : QStringList{v.toString().trimmed()};
                if (!labelsAsCells && r.labels.first().isEmpty()) r.labels.clear();
            } else if (v.isArray()) {
                for (const auto& item : v.toArray()) {
                    if (!item.isString()) {
                        problem = QStringLiteral("field '%1' should be a list of label names but holds %2")
                                      .arg(key, typeName(item));
                        return false;
                    }
                    r.labels << item.toString().trimmed();
                }
            } else {
                problem = QStringLiteral("field '%1' should be a label name or a list but is %2")
                              .arg(key, typeName(v));
                return false;
            }
        } else if (key == "split") {
            if (!v.isString()) {
                problem = QStringLiteral("field 'split' should be text but is %1").arg(typeName(v));
                return false;
            }
            r.split = v.toString().trimmed().toLower();
            if (r.split == "validation" || r.split == "dev") r.split = "val";
            if (!QStringList{"train", "val", "test", ""}.contains(r.split)) {
                problem =
                    QStringLiteral("unknown split '%1' (expected train, val or test)").arg(v.toString());
                return false;
            }
        } else if (kImageFields.contains(key)) {
            if (!v.isString()) {
                problem = QStringLiteral("field '%1' should be a path but is %2").arg(key, typeName(v));
                return false;
            }
            r.imageHint = v.toString().trimmed();
        } else if (key == "figurative_reasoning" || key == "cause_effect" ||
                   key == "figurative_understanding" || key == "mental_state") {
            if (!v.isString() && !v.isNull()) {
                problem = QStringLiteral("field '%1' should be text but is %2").arg(key, typeName(v));
                return false;
            }
            const QString s = v.toString();
            r.hasReasoning = true;
            if (key == "figurative_reasoning")
                r.figurativeReasoning = s;
            else if (key == "cause_effect")
                r.causeEffect = s;
            else if (key == "figurative_understanding")
                r.figurativeUnderstanding = s;
            else
                r.mentalState = s;
        } else {
            r.extra.insert(key, v);
        }
    }
    if (r.sampleId.isEmpty()) {
        problem = "no sample_id (or it is empty)";
        return false;
    }
    return true;
}

QString lineColumnOf(const QByteArray& data, int offset) {
    int line = 1, col = 1;
    for (int i = 0; i < offset && i < data.size(); ++i) {
        if (data[i] == '\n') {
            ++line;
            col = 1;
        } else {
            ++col;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(col);
}

bool readBytes(const QString& path, QByteArray& data, QString& error) {
    QFile f(path);
    if (!QFileInfo::exists(path)) {
        error = "no such file";
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        error = "cannot be read: " + f.errorString();
        return false;
    }
    data = f.readAll();
    return true;
}

} // namespace

bool DatasetReaders::readTextFile(const QString& path, QString& text, QString& error) {
    QByteArray data;
    if (!readBytes(path, data, error)) return false;
    auto decoder = QStringDecoder(QStringDecoder::Utf8);
    text = decoder(data);
    if (decoder.hasError()) {
        error = "is not valid UTF-8 text";
        return false;
    }
    return true;
}

QVector<DatasetRecord> DatasetReaders::readJsonArray(const QString& path, ImportReport& report) {
    const QString name = QFileInfo(path).fileName();
    QByteArray data;
    QString error;
    if (!readBytes(path, data, error)) {
        report.skip(name, -1, {}, error);
        return {};
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        report.skip(name, -1, {},
                    QStringLiteral("malformed JSON at %1: %2; nothing in this file was imported")
                        .arg(lineColumnOf(data, pe.offset), pe.errorString()));
        return {};
    }
    if (!doc.isArray()) {
        report.skip(name, -1, {}, "expected a JSON array of records at the top level");
        return {};
    }
    const QJsonArray arr = doc.array();
    QVector<DatasetRecord> out;
    out.reserve(arr.size());
    for (int i = 0; i < arr.size(); ++i) {
        if (!arr[i].isObject()) {
            report.skip(name, i, {}, "record is " + typeName(arr[i]) + ", not a JSON object");
            continue;
        }
        DatasetRecord r;
        r.file = name;
        r.index = i;
        QString problem;
        if (!recordFromObject(arr[i].toObject(), r, false, problem)) {
            report.skip(name, i, r.sampleId, problem);
            continue;
        }
        out.push_back(std::move(r));
    }
    return out;
}

QVector<DatasetRecord> DatasetReaders::readJsonLines(const QString& path, ImportReport& report) {
    const QString name = QFileInfo(path).fileName();
    QByteArray data;
    QString error;
    if (!readBytes(path, data, error)) {
        report.skip(name, -1, {}, error);
        return {};
    }
    QVector<DatasetRecord> out;
    int index = 0;
    const QList<QByteArray> lines = data.split('\n');
    for (int ln = 0; ln < lines.size(); ++ln) {
        const QByteArray line = lines[ln].trimmed();
        if (line.isEmpty()) continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        DatasetRecord r;
        r.file = name;
        r.index = index++;
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            report.skip(name, r.index, {},
                        QStringLiteral("line %1 is not a JSON object (%2)")
                            .arg(ln + 1)
                            .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : "wrong type"));
            continue;
        }
        QString problem;
        if (!recordFromObject(doc.object(), r, false, problem)) {
            report.skip(name, r.index, r.sampleId, QStringLiteral("line %1: %2").arg(ln + 1).arg(problem));
            continue;
        }
        out.push_back(std::move(r));
    }
    return out;
}

namespace {
// A column MemeScope reads itself; any other is kept as an extra field when its cell has text.
bool isKnownField(const QString& h) {
    return kIdFields.contains(h) || kTextFields.contains(h) || kLabelFields.contains(h) ||
           kImageFields.contains(h) || h == "split" || h == "figurative_reasoning" || h == "cause_effect" ||
           h == "figurative_understanding" || h == "mental_state";
}
} // namespace

QVector<DatasetRecord> DatasetReaders::readCsv(const QString& path, ImportReport& report) {
    const QString name = QFileInfo(path).fileName();
    QString text, error;
    if (!readTextFile(path, text, error)) {
        report.skip(name, -1, {}, error);
        return {};
    }
    CsvTable table;
    if (!CsvReader::parse(text, table, error)) {
        report.skip(name, -1, {}, "malformed CSV, " + error + "; nothing in this file was imported");
        return {};
    }
    bool hasId = false;
    for (const auto& h : table.header)
        hasId |= kIdFields.contains(h);
    if (!hasId) {
        report.skip(name, -1, {},
                    "no 'sample_id' (or 'id') column in the header: " + table.header.join(", "));
        return {};
    }
    QVector<DatasetRecord> out;
    for (int i = 0; i < table.rows.size(); ++i) {
        const QStringList& row = table.rows[i];
        DatasetRecord r;
        r.file = name;
        r.index = i;
        if (row.size() != table.header.size()) {
            report.skip(name, i, row.value(0),
                        QStringLiteral("line %1 has %2 fields, the header has %3")
                            .arg(table.rowLines[i])
                            .arg(row.size())
                            .arg(table.header.size()));
            continue;
        }
        QJsonObject obj;
        for (int c = 0; c < row.size(); ++c) {
            const QString& h = table.header[c];
            // An empty label cell means "no label column value", not a label named "".
            if (kLabelFields.contains(h) && row[c].trimmed().isEmpty())
                obj.insert(h, QJsonArray());
            else if (!row[c].isEmpty() || isKnownField(h)) // an empty extra cell: no value
                obj.insert(h, row[c]);
        }
        QString problem;
        if (!recordFromObject(obj, r, true, problem)) {
            report.skip(name, i, r.sampleId,
                        QStringLiteral("line %1: %2").arg(table.rowLines[i]).arg(problem));
            continue;
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace memescope
