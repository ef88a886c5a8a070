// Demo generator: deterministic, both layouts, broken entries present, captions recorded, sizes in range.
#include "core/demo/DemoGenerator.h"
#include "core/store/LabelSchema.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;

namespace {

DemoOptions smallDemo(const QString& dir, uint32_t seed) {
    DemoOptions o;
    o.outDir = dir;
    o.seed = seed;
    o.axiomTrain = 60;
    o.axiomTest = 12;
    o.restoreTrain = 60;
    o.restoreVal = 10;
    o.restoreTest = 10;
    o.reasoningPerDataset = 5;
    return o;
}

// Hash of every file under dir, by relative path.
QMap<QString, QByteArray> treeHashes(const QString& dir) {
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.insert(QDir(dir).relativeFilePath(path),
                   QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1));
    }
    return out;
}

QJsonArray readArray(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).array();
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameBytesOtherSeedOtherData() {
        QTemporaryDir a, b, c;
        DemoGenerator::generate(smallDemo(a.path(), 11));
        DemoGenerator::generate(smallDemo(b.path(), 11));
        DemoGenerator::generate(smallDemo(c.path(), 12));
        const auto ha = treeHashes(a.path());
        QVERIFY(ha.size() > 150); // ~150 images + 10 JSON files
        QCOMPARE(treeHashes(b.path()), ha);
        QVERIFY(treeHashes(c.path()).value("axiom/anxiety_train.json") !=
                ha.value("axiom/anxiety_train.json"));
    }

    void layoutsLabelsAndBrokenEntries() {
        QTemporaryDir dir;
        const DemoSummary s = DemoGenerator::generate(smallDemo(dir.path(), 7));
        QCOMPARE(s.axiomRecords, 60 + 12 + 1); // + the duplicate
        QCOMPARE(s.restoreRecords, 60 + 10 + 10 + 1);
        for (const char* f :
             {"axiom/anxiety_train.json", "axiom/anxiety_test.json", "axiom/anxiety_train_llava_dataset.json",
              "restore/depression_train.json", "restore/depression_val.json", "restore/depression_test.json",
              "restore/depression_train_llava_dataset.json", "axiom/demo_captions.json"})
            QVERIFY2(QFile::exists(dir.filePath(f)), f);
        const QString broken = s.brokenEntries.join('\n');
        for (const char* kind :
             {"truncated image", "missing image", "unknown label", "duplicate id", "empty label list"})
            QVERIFY2(broken.contains(kind), kind);

        // Every class appears, RESTORE has multi-label records, AxiOM records carry one label each.
        QSet<QString> axiomLabels;
        for (const auto& r : readArray(dir.filePath("axiom/anxiety_train.json")))
            axiomLabels.insert(r.toObject().value("meme_anxiety_category").toString());
        for (const auto& name : LabelSchema::axiom().names())
            QVERIFY2(axiomLabels.contains(name), qPrintable(name));
        int multi = 0;
        for (const auto& r : readArray(dir.filePath("restore/depression_train.json")))
            multi += r.toObject().value("meme_depressive_categories").toArray().size() > 1;
        QVERIFY(multi >= 5);

        // Captions: recorded for each id, and they are what the record's text says (except the blanked one).
        QFile capFile(dir.filePath("axiom/demo_captions.json"));
        QVERIFY(capFile.open(QIODevice::ReadOnly));
        const QJsonObject captions =
            QJsonDocument::fromJson(capFile.readAll()).object().value("captions").toObject();
        int matching = 0;
        for (const auto& r : readArray(dir.filePath("axiom/anxiety_test.json"))) {
            const QJsonObject o = r.toObject();
            QVERIFY(captions.contains(o.value("sample_id").toString()));
            matching +=
                captions.value(o.value("sample_id").toString()).toString() == o.value("ocr_text").toString();
        }
        QCOMPARE(matching, 12);

        // Images are real JPEGs of 224..640 px.
        QDirIterator it(dir.filePath("restore/depressive_image/val"), QDir::Files);
        int n = 0;
        while (it.hasNext()) {
            QImageReader reader(it.next());
            const QSize size = reader.size();
            QVERIFY(size.width() >= 224 && size.width() <= 640 && size.height() >= 224 &&
                    size.height() <= 640);
            QCOMPARE(reader.format(), QByteArray("jpeg"));
            ++n;
        }
        QCOMPARE(n, 10);
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
