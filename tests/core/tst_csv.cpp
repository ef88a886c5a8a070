// RFC 4180 CSV parsing: quotes, escapes, embedded newlines, CRLF, BOM, and malformed input.
#include "core/dataset/CsvReader.h"

#include <QTest>

using namespace memescope;

class TestCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesQuotedFieldsAndNewlines() {
        CsvTable t;
        QString err;
        const QString text = QString(QChar(0xFEFF)) + "sample_id,ocr_text,label\r\n"
                                                      "a,\"hello, world\",X\r\n"
                                                      "b,\"line one\nline two\",Y\r\n"
                                                      "c,\"she said \"\"hi\"\"\",\r\n";
        QVERIFY2(CsvReader::parse(text, t, err), qPrintable(err));
        QCOMPARE(t.header, (QStringList{"sample_id", "ocr_text", "label"}));
        QCOMPARE(t.rows.size(), 3);
        QCOMPARE(t.rows[0][1], QString("hello, world"));
        QCOMPARE(t.rows[1][1], QString("line one\nline two"));
        QCOMPARE(t.rows[2][1], QString("she said \"hi\""));
        QCOMPARE(t.rows[2][2], QString(""));
        QCOMPARE(t.rowLines, (QVector<int>{2, 3, 5}));
    }

    void lastLineWithoutNewlineAndEmptyLines() {
        CsvTable t;
        QString err;
        QVERIFY(CsvReader::parse("a,b\n\n1,2\n3,4", t, err));
        QCOMPARE(t.rows.size(), 2);
        QCOMPARE(t.rows[1], (QStringList{"3", "4"}));
    }

    void malformedInputIsReportedWithLine() {
        CsvTable t;
        QString err;
        QVERIFY(!CsvReader::parse("a,b\n1,\"never closed\n2,3\n", t, err));
        QVERIFY2(err.contains("line 2") && err.contains("never closed"), qPrintable(err));
        QVERIFY(!CsvReader::parse("a,b\n1,\"x\"y\n", t, err));
        QVERIFY2(err.contains("after a closing quote"), qPrintable(err));
        QVERIFY(!CsvReader::parse("a,b\n1,x\"y\n", t, err));
        QVERIFY(!CsvReader::parse("", t, err));
        QVERIFY(err.contains("empty"));
    }

    void quoteRoundTrips() {
        const QStringList fields = {"plain", "with,comma", "with \"quote\"", "multi\nline", ""};
        QStringList quoted;
        for (const auto& f : fields)
            quoted << CsvReader::quote(f);
        CsvTable t;
        QString err;
        QVERIFY(CsvReader::parse("h1,h2,h3,h4,h5\n" + quoted.join(',') + "\n", t, err));
        QCOMPARE(t.rows.first(), fields);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
