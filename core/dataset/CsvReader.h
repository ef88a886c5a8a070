#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace memescope {

// RFC 4180 CSV: quoted fields with "" escapes and embedded newlines, CRLF or LF, optional UTF-8 BOM.
struct CsvTable {
    QStringList header;
    QVector<QStringList> rows;
    QVector<int> rowLines; // 1-based line number where each row starts, for messages
};

class CsvReader {
public:
    // Parses text; on malformed input (unterminated quote, junk after a closing quote) returns false and
    // sets `error` to a message with the line number.
    static bool parse(const QString& text, CsvTable& table, QString& error);
    static QString quote(const QString& field);
};

} // namespace memescope
