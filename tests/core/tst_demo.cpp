// Demo generator: deterministic, both layouts, broken entries present, captions recorded, sizes in range;
// captions and labels distributed like the real AxiOM and RESTORE annotations (issue figures).
#include "core/demo/DemoCaption.h"
#include "core/demo/DemoGenerator.h"
#include "core/demo/DemoTruth.h"
#include "core/store/LabelSchema.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

    void captionsAndLabelsBehaveLikeRealMemes() {
        for (const bool restore : {false, true}) {
            std::mt19937 rng(restore ? 5 : 3);
            const int memes = restore ? 9601 : 3075;
            QVector<int> lengths, labelCounts(8, 0), perLabel(7, 0);
            QHash<QString, int> wordCounts;
            int capitals = 0, handles = 0;
            for (int i = 0; i < memes; ++i) {
                const QVector<int> labels = drawDemoLabels(restore, rng);
                ++labelCounts[labels.size()];
                for (int l : labels)
                    ++perLabel[l];
                const DemoCaption c = composeDemoCaption(restore, labels, rng);
                const QString text = c.top + ' ' + c.bottom;
                const QStringList words = text.split(' ', Qt::SkipEmptyParts);
                lengths << int(words.size());
                for (const QString& w : words)
                    ++wordCounts[w.toLower()];
                capitals += text.size() > 10 && text == text.toUpper();
                handles +=
                    text.contains('@') || text.contains(QRegularExpression("\\.(com|net|co)\\b|9GAG|r/"));
            }
            std::sort(lengths.begin(), lengths.end());
            const int median = lengths[memes / 2], p90 = lengths[memes * 9 / 10];
            int once = 0;
            for (int n : std::as_const(wordCounts))
                once += n == 1;
            const double onceShare = double(once) / wordCounts.size();
            qInfo(
                "%s: %d memes, median %d words, 90th percentile %d, vocabulary %lld (%.0f %% once), %.1f %% "
                "all capitals, %.1f %% watermark or handle",
                restore ? "RESTORE" : "AxiOM", memes, median, p90, qlonglong(wordCounts.size()),
                100 * onceShare, 100.0 * capitals / memes, 100.0 * handles / memes);
            // Real AxiOM: median 15, 90th percentile 28, ~7,700 words, ~60 % once. Real RESTORE: median 17,
            // 90th percentile 44, ~34,000 words, 64 % once.
            QVERIFY(std::abs(median - (restore ? 17 : 15)) <= 2);
            QVERIFY(std::abs(p90 - (restore ? 44 : 28)) <= 5);
            QVERIFY(onceShare > 0.45 && onceShare < 0.75);
            QVERIFY(wordCounts.size() > (restore ? 20000 : 5000));
            QVERIFY(capitals > memes * 4 / 100 && capitals < memes * 10 / 100);
            QVERIFY(handles > memes * 12 / 100 && handles < memes * 30 / 100);
            if (!restore) {
                for (int l = 0; l < 6; ++l) // balanced
                    QVERIFY(std::abs(perLabel[l] - memes / 6) < memes / 20);
                continue;
            }
            // RESTORE: 94 % one label, 5.5 % two, the rest three; Feeling Down most frequent, Lack of
            // Interest least.
            QVERIFY(std::abs(labelCounts[1] - memes * 94 / 100) < memes / 100);
            QVERIFY(std::abs(labelCounts[2] - memes * 55 / 1000) < memes / 100);
            QCOMPARE(int(std::max_element(perLabel.begin(), perLabel.end()) - perLabel.begin()), 1);
            QCOMPARE(int(std::min_element(perLabel.begin(), perLabel.end()) - perLabel.begin()), 0);
        }
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
        QVERIFY(multi >= 1);

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

        // The truth the pointing game scores against: per meme with an image, the class whose motif was
        // drawn (a third of them another class's, on purpose), its box inside the picture, and per given
        // label its own words found in the caption.
        const QHash<QString, DemoMemeTruth> truth = readDemoTruth(dir.filePath("axiom/demo_truth.json"));
        QVERIFY(truth.size() >= 60);
        int ownMotif = 0, withWords = 0, checked = 0;
        QSet<QString> seen;
        for (const auto& r : readArray(dir.filePath("axiom/anxiety_train.json"))) {
            const QJsonObject o = r.toObject();
            const QString id = o.value("sample_id").toString();
            if (!truth.contains(id) || seen.contains(id)) continue; // the duplicate id's second record
            seen.insert(id);
            const DemoMemeTruth& t = truth[id];
            const QString label = o.value("meme_anxiety_category").toString();
            QVERIFY(LabelSchema::axiom().names().contains(t.motifLabel));
            ownMotif += t.motifLabel == label;
            QVERIFY2(t.labelWords.isEmpty() || t.labelWords.contains(label), qPrintable(id));
            for (const QString& w : t.labelWords.value(label)) {
                QVERIFY2(captions.value(id).toString().toLower().contains(w), qPrintable(id + ": " + w));
                ++withWords;
            }
            const QString image = dir.filePath("axiom/anxiety_train_image/" + id + ".jpg");
            const QSize size = QImageReader(image).size();
            if (!size.isValid()) continue;
            QVERIFY2(QRectF(QPointF(0, 0), QSizeF(size)).contains(t.motifBox), qPrintable(id));
            QVERIFY(t.motifBox.width() > 20 && t.motifBox.height() > 20);
            ++checked;
        }
        QVERIFY(checked >= 40);
        QVERIFY(ownMotif > checked / 2 && ownMotif < checked); // mostly the label's own motif, not always
        QVERIFY(withWords > 10);
    }
};

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
