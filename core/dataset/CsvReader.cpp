#include "CsvReader.h"

namespace memescope {

bool CsvReader::parse(const QString& input, CsvTable& table, QString& error) {
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF))) text = text.mid(1);
    QVector<QStringList> rows;
    QVector<int> lines;
    QStringList row;
    QString field;
    int line = 1, rowStartLine = 1;
    bool inQuotes = false, fieldWasQuoted = false, rowHasContent = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < n && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == '"') {
            if (!field.isEmpty() || fieldWasQuoted) {
                error = QStringLiteral("line %1: a quote inside an unquoted field").arg(line);
                return false;
            }
            inQuotes = fieldWasQuoted = rowHasContent = true;
        } else if (c == ',') {
            row << field;
            field.clear();
            fieldWasQuoted = false;
            rowHasContent = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
            if (rowHasContent || !field.isEmpty()) {
                row << field;
                rows << row;
                lines << rowStartLine;
            }
            row.clear();
            field.clear();
            fieldWasQuoted = rowHasContent = false;
            ++line;
            rowStartLine = line;
        } else {
            if (fieldWasQuoted) {
                error = QStringLiteral("line %1: text after a closing quote").arg(line);
                return false;
            }
            field += c;
            rowHasContent = true;
        }
    }
    if (inQuotes) {
        error = QStringLiteral("line %1: a quoted field is never closed").arg(rowStartLine);
        return false;
    }
    if (rowHasContent || !field.isEmpty()) {
        row << field;
        rows << row;
        lines << rowStartLine;
    }
    if (rows.isEmpty()) {
        error = "the file is empty (no header row)";
        return false;
    }
    table.header = rows.takeFirst();
    for (auto& h : table.header)
        h = h.trimmed();
    lines.removeFirst();
    table.rows = std::move(rows);
    table.rowLines = std::move(lines);
    return true;
}

QString CsvReader::quote(const QString& field) {
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
        return field;
    QString q = field;
    q.replace("\"", "\"\"");
    return '"' + q + '"';
}

} // namespace memescope
