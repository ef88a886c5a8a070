// Malicious and broken dataset inputs not covered by the format tests (docs/robustness.md lists them all):
// image paths that leave the dataset folder, a 10 MB single-line JSON file, a 10 MB caption, text that is
// not UTF-8, a dataset file that is really a binary, and a project file that is not a database.
#include "TestDatasets.h"
#include "core/dataset/DatasetImporter.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;
using namespace testdata;

namespace {

bool hasIssue(const ImportReport& r, const QString& sampleId, const QString& reasonPart) {
    for (const auto& i : r.issues)
        if (i.sampleId == sampleId && i.reason.contains(reasonPart)) return true;
    return false;
}

QString dump(const ImportReport& r) {
    QStringList out;
    for (const auto& i : r.issues)
        out << i.file + " #" + QString::number(i.recordIndex) + " " + i.sampleId + ": " + i.reason;
    return out.join('\n');
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imagePathsLeavingTheDatasetFolderAreNotUsed() {
        QTemporaryDir dir;
        const QString data = dir.filePath("data");
        QDir().mkpath(data + "/pictures");
        writeJpeg(dir.filePath("secret.jpg"));                                // outside the dataset folder
        writeJpeg(data + "/pictures/inside.jpg");                             // inside
        QFile::link(dir.filePath("secret.jpg"), data + "/pictures/link.jpg"); // inside, pointing out
        QJsonArray recs;
        auto rec = [](const QString& id, const QString& image) {
            QJsonObject o = axiomRecord(id, "caption " + id, "Restlessness");
            o["image"] = image;
            return o;
        };
        recs << rec("up", "../secret.jpg") << rec("deep", "pictures/../../secret.jpg")
             << rec("absolute", dir.filePath("secret.jpg")) << rec("link", "pictures/link.jpg")
             << rec("system", "/etc/passwd") << rec("ok", "pictures/inside.jpg");
        writeJson(data + "/anxiety_train.json", recs);
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, data);
        QCOMPARE(r.imported, 6); // every meme keeps its text and labels
        for (const QString id : {"up", "deep", "absolute", "link", "system"}) {
            QVERIFY2(hasIssue(r, id, "leads outside the dataset folder"), qPrintable(id + "\n" + dump(r)));
            const auto s = SampleStore(*store).find(id);
            QVERIFY(s && s->imagePath.isEmpty() && s->imageStatus == ImageStatus::Missing);
        }
        const auto ok = SampleStore(*store).find("ok");
        QVERIFY(ok && ok->imagePath.endsWith("pictures/inside.jpg") && ok->imageStatus == ImageStatus::Ok);
    }

    void tenMegabytesOnOneLineImport() {
        QTemporaryDir dir;
        // 40,000 records, no line break anywhere: about 10 MB on a single line.
        QJsonArray recs = axiomRecords(40000, "W-");
        for (int i = 0; i < recs.size(); ++i) {
            QJsonObject o = recs[i].toObject();
            o["ocr_text"] = QString("a caption long enough to make ten megabytes %1 ").arg(i).repeated(4);
            recs[i] = o;
        }
        const QByteArray oneLine = QJsonDocument(recs).toJson(QJsonDocument::Compact);
        QVERIFY(oneLine.size() > 10'000'000 && !oneLine.contains('\n'));
        writeFile(dir.filePath("data/anxiety_train.json"), oneLine);
        // And one caption of 10 MB in a file of its own.
        QJsonObject huge = axiomRecord("HUGE", QString(10'000'000, 'x'), "Nervousness");
        writeFile(dir.filePath("data/anxiety_test.json"),
                  QJsonDocument(QJsonArray{huge}).toJson(QJsonDocument::Compact));
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.filePath("data"));
        QCOMPARE(r.imported, 40001);
        QCOMPARE(SampleStore(*store).find("HUGE")->ocrText.size(), 10'000'000);
    }

    void textThatIsNotUtf8IsNamedAndTheRestLoads() {
        QTemporaryDir dir;
        writeAxiom(dir.filePath("data"), "test", axiomRecords(3, "GOOD-"));
        // Latin-1 "café" in a JSON file and in a CSV file.
        writeFile(dir.filePath("data/anxiety_train.json"),
                  "[{\"sample_id\": \"L1\", \"ocr_text\": \"caf\xe9\", \"meme_anxiety_category\": "
                  "\"Nervousness\"}]");
        writeFile(dir.filePath("data/anxiety_extra.csv"),
                  "sample_id,ocr_text,meme_anxiety_categories\nL2,caf\xe9,Nervousness\n");
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.filePath("data"));
        QCOMPARE(r.imported, 3);
        int named = 0;
        for (const auto& i : r.issues)
            // The CSV says "not valid UTF-8 text"; JSON names the line and column of the invalid UTF8 string.
            if (i.reason.contains(QRegularExpression("UTF-?8")) &&
                (i.file.endsWith("anxiety_train.json") || i.file.endsWith("anxiety_extra.csv")))
                ++named;
        QVERIFY2(named == 2, qPrintable(dump(r)));
    }

    void aBinaryPosingAsADatasetIsRefusedByName() {
        QTemporaryDir dir;
        writeAxiom(dir.filePath("data"), "test", axiomRecords(2, "GOOD-"));
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) & 0xff);
        writeFile(dir.filePath("data/anxiety_train.json"), junk);
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.filePath("data"));
        QCOMPARE(r.imported, 2);
        bool named = false;
        for (const auto& i : r.issues)
            named = named || (i.file.endsWith("anxiety_train.json") && i.recordIndex == -1);
        QVERIFY2(named, qPrintable(dump(r)));
    }

    void aProjectFileThatIsNotADatabaseIsRefusedByName() {
        QTemporaryDir dir;
        const QString path = dir.filePath("fake.memescope");
        writeFile(path, "this is a text file, not a MemeScope project\n");
        try {
            ProjectStore::open(path, ProjectStore::Mode::OpenExisting);
            QFAIL("opened a text file as a project");
        } catch (const StoreError& e) {
            QVERIFY2(QString(e.what()).contains(path), e.what());
        }
        QCOMPARE(QFile(path).size(), qint64(45)); // and it is left as it was
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
