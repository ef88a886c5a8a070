// Dataset import: every layout of DATA.md, every bad input it names, the AxiOM 7:1 split, the report.
#include "TestDatasets.h"
#include "core/dataset/DatasetImporter.h"
#include "core/dataset/StratifiedSplit.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"

#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;
using namespace testdata;

namespace {

bool hasIssue(const ImportReport& r, const QString& sampleId, ImportIssue::Severity sev,
              const QString& reasonPart) {
    for (const auto& i : r.issues)
        if (i.sampleId == sampleId && i.severity == sev && i.reason.contains(reasonPart, Qt::CaseInsensitive))
            return true;
    return false;
}

bool hasFileIssue(const ImportReport& r, const QString& file, const QString& reasonPart) {
    for (const auto& i : r.issues)
        if (i.file == file && i.recordIndex == -1 && i.reason.contains(reasonPart, Qt::CaseInsensitive))
            return true;
    return false;
}

QString dump(const ImportReport& r) {
    return r.toText();
}

constexpr auto Skipped = ImportIssue::Severity::Skipped;
constexpr auto Flagged = ImportIssue::Severity::Flagged;

} // namespace

class TestImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void axiomJsonWithImagesAndStratifiedSplit() {
        QTemporaryDir dir;
        writeAxiom(dir.path(), "train", axiomRecords(96));
        writeAxiom(dir.path(), "test", axiomRecords(12, "TS-"));
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.path());
        QCOMPARE(r.imported, 108);
        QCOMPARE(r.skipped, 0);
        QCOMPARE(r.flaggedCount(), 0);
        QCOMPARE(store->labelSchema().names(), LabelSchema::axiom().names());
        QVERIFY(!store->labelSchema().isMultiLabel());
        QMap<QString, QMap<uint64_t, int>> perSplit;
        for (const auto& s : SampleStore(*store).loadAll()) {
            perSplit[s.split][*s.labelMask]++;
            QCOMPARE(s.imageStatus, ImageStatus::Ok);
            QVERIFY(!s.imagePath.startsWith('/')); // inside the project folder: stored relative
        }
        // 96 train records, 16 per class: 7:1 stratified -> 2 of each class in val, 14 in train.
        QCOMPARE(perSplit["val"].size(), 6);
        for (int c : perSplit["val"])
            QCOMPARE(c, 2);
        for (int c : perSplit["train"])
            QCOMPARE(c, 14);
        QCOMPARE(perSplit["test"].size(), 6);
        // The report is stored in the project.
        QSqlQuery q(store->db());
        QVERIFY(q.exec("SELECT imported, format FROM import_reports") && q.next());
        QCOMPARE(q.value(0).toInt(), 108);
        QCOMPARE(q.value(1).toString(), QString("axiom"));
    }

    void splitIsDeterministicAndSeedDependent() {
        QVector<int> strata;
        for (int i = 0; i < 400; ++i)
            strata << i % 5;
        const auto a = stratifiedHoldout(strata, 1.0 / 8, 42), b = stratifiedHoldout(strata, 1.0 / 8, 42),
                   c = stratifiedHoldout(strata, 1.0 / 8, 43);
        QCOMPARE(a, b);
        QVERIFY(a != c);
        QCOMPARE(int(std::count(a.begin(), a.end(), true)), 50);
        for (int s = 0; s < 5; ++s) {
            int n = 0;
            for (int i = 0; i < strata.size(); ++i)
                n += (strata[i] == s && a[i]);
            QCOMPARE(n, 10);
        }
    }

    void axiomLegacyClassesAreReportedNotKept() {
        QTemporaryDir dir;
        QJsonArray recs = axiomRecords(8);
        recs.append(axiomRecord("TR-irr", "so annoyed", "Irritatbily"));
        recs.append(axiomRecord("TR-unk", "???", "Unknown"));
        recs.append(axiomRecord("TR-bad", "typo", "Nervousnes"));
        writeAxiom(dir.path(), "train", recs);
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.path());
        QCOMPARE(r.imported, 8);
        QCOMPARE(r.skipped, 3);
        QVERIFY2(hasIssue(r, "TR-irr", Skipped, "not one of the 6 AxiOM classes"), qPrintable(dump(r)));
        QVERIFY(hasIssue(r, "TR-unk", Skipped, "not one of the 6 AxiOM classes"));
        QVERIFY(hasIssue(r, "TR-bad", Skipped, "unknown label 'Nervousnes'"));
    }

    void restoreMultiLabelQuirks() {
        QTemporaryDir dir;
        QJsonArray train{restoreRecord("r1", "skip dinner", {"Eating Disorder", "Feeling Down"}),
                         restoreRecord("r2", "", {"Sleeping Disorder"}),
                         restoreRecord("r3", "meh", {}),
                         restoreRecord("r4", "tired", {"Lack of Energy"}),
                         restoreRecord("r5", "tired and sad", {"Lack of Energy", "Feeling Down"}),
                         restoreRecord("r6", "four labels",
                                       {"Lack of Interest", "Feeling Down", "Low Self-Esteem", "Self-Harm"})};
        writeRestore(dir.path(), "train", train, {"r6"});
        writeRestore(dir.path(), "val", QJsonArray{restoreRecord("v1", "v", {"Self-Harm"})});
        writeRestore(dir.path(), "test", QJsonArray{restoreRecord("t1", "t", {"Concentration Problem"})});
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.path());
        QCOMPARE(r.format, QString("restore"));
        QCOMPARE(r.imported, 7);
        QCOMPARE(r.skipped, 1);
        QVERIFY(store->labelSchema().isMultiLabel());
        SampleStore samples(*store);
        const LabelSchema schema = store->labelSchema();
        QCOMPARE(schema.namesOf(*samples.find("r1")->labelMask),
                 (QStringList{"Feeling Down", "Eating Disorder"}));
        QVERIFY(hasIssue(r, "r2", Flagged, "empty ocr_text"));
        QCOMPARE(*samples.find("r3")->labelMask, uint64_t(0)); // empty list: explicitly no label
        QVERIFY(hasIssue(r, "r3", Flagged, "empty label list"));
        QVERIFY(hasIssue(r, "r4", Skipped, "Lack of Energy"));
        QVERIFY(hasIssue(r, "r5", Flagged, "'Lack of Energy' dropped"));
        QCOMPARE(schema.namesOf(*samples.find("r5")->labelMask), QStringList{"Feeling Down"});
        QCOMPARE(schema.namesOf(*samples.find("r6")->labelMask).size(), 4);
        QCOMPARE(samples.find("r6")->imageStatus, ImageStatus::Missing);
        QVERIFY(hasIssue(r, "r6", Flagged, "image not found"));
        QCOMPARE(samples.find("v1")->split, QString("val"));
        QCOMPARE(samples.find("t1")->split, QString("test"));
        QVERIFY(samples.find("t1")->imagePath.endsWith("depressive_image/test/t1.jpeg"));
    }

    void llavaReasoningMergesBySampleId() {
        QTemporaryDir dir;
        writeAxiom(dir.path(), "train", axiomRecords(8));
        QJsonArray llava;
        QJsonObject a = axiomRecord("TR-2", "caption 2", "Excessive Worry");
        a.insert("figurative_reasoning",
                 "1. Cause-Effect: x 2. Figurative Understanding: y 3. Mental State: z");
        a.insert("cause_effect", "x");
        a.insert("figurative_understanding", "y");
        a.insert("mental_state", "z");
        llava.append(a);
        QJsonObject orphan{{"sample_id", "nobody"}, {"figurative_reasoning", "r"}};
        llava.append(orphan);
        writeJson(dir.filePath("anxiety_train_llava_dataset.json"), llava);
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        ImportReport r = DatasetImporter::importPath(*store, dir.path());
        QCOMPARE(r.imported, 8);
        QCOMPARE(r.merged, 1);
        QVERIFY(hasIssue(r, "nobody", Skipped, "no sample with this id"));
        const auto s = SampleStore(*store).find("TR-2");
        QCOMPARE(s->causeEffect, QString("x"));
        QCOMPARE(s->mentalState, QString("z"));
        QVERIFY(s->figurativeReasoning.startsWith("1. Cause-Effect"));

        // A llava file imported later, alone, merges into the existing project.
        QTemporaryDir later;
        QJsonObject b = axiomRecord("TR-5", "caption 5", "Difficulty Relaxing");
        b.insert("figurative_reasoning", "later reasoning");
        writeJson(later.filePath("anxiety_train_llava_dataset.json"), QJsonArray{b});
        r = DatasetImporter::importPath(*store, later.filePath("anxiety_train_llava_dataset.json"));
        QCOMPARE(r.imported, 0);
        QCOMPARE(r.merged, 1);
        QCOMPARE(SampleStore(*store).find("TR-5")->figurativeReasoning, QString("later reasoning"));
    }

    void axiomCsvVariants() {
        QTemporaryDir dir;
        writeFile(dir.filePath("anxiety_train.csv"),
                  "sample_id,ocr_text,meme_anxiety_categories,triples\n"
                  "c1,\"ME AT 3AM, AGAIN\",Excessive Worry,\"(me, worry, night)\"\n"
                  "c2,cannot sit still,Restlessness,\n"
                  "c3,so annoyed,Irritatbily,\n"
                  "c4,too,many,fields,here\n");
        writeFile(dir.filePath("anxiety_labels.csv"),
                  "sample_id,meme_anxiety_categories\nc2,Restlessness\nc9,Nervousness\n");
        for (const char* id : {"c1", "c2"})
            writeJpeg(dir.filePath(QString("anxiety_train_image/%1.jpg").arg(id)));
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.path());
        QCOMPARE(r.format, QString("axiom"));
        QCOMPARE(r.imported, 2);
        QVERIFY(hasIssue(r, "c3", Skipped, "Irritatbily"));
        QVERIFY2(hasIssue(r, "c4", Skipped, "5 fields"), qPrintable(dump(r)));
        QVERIFY(hasIssue(r, "c9", Skipped, "no sample with this id"));
        QCOMPARE(r.merged, 1);
        const auto c1 = SampleStore(*store).find("c1");
        QCOMPARE(c1->ocrText, QString("ME AT 3AM, AGAIN"));
        QVERIFY(c1->extraJson.contains("triples")); // kept for export
        QCOMPARE(store->labelSchema().namesOf(*c1->labelMask), QStringList{"Excessive Worry"});
    }

    void genericCsvAndJsonlWithImageFolder() {
        QTemporaryDir dir;
        writeFile(dir.filePath("mine.csv"), "id,text,labels,split,image\n"
                                            "g1,first,calm|sad,train,pics/one.jpg\n"
                                            "g2,second,sad,test,\n"
                                            "g3,third,happy,val,pics/missing.jpg\n");
        writeJpeg(dir.filePath("pics/one.jpg"));
        writeJpeg(dir.filePath("images/g2.png"));
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        ImportReport r = DatasetImporter::importPath(*store, dir.filePath("mine.csv"));
        QCOMPARE(r.imported, 3);
        const LabelSchema schema = store->labelSchema();
        QCOMPARE(schema.names(), (QStringList{"calm", "sad", "happy"})); // order of first appearance
        QVERIFY(schema.isMultiLabel());                                  // a record has two labels
        SampleStore samples(*store);
        QCOMPARE(samples.find("g1")->imageStatus, ImageStatus::Ok);
        QCOMPARE(samples.find("g2")->imageStatus, ImageStatus::Ok); // found as images/<id>.*
        QCOMPARE(samples.find("g3")->imageStatus, ImageStatus::Missing);
        QCOMPARE(samples.find("g3")->split, QString("val"));

        writeFile(dir.filePath("more.jsonl"),
                  "{\"sample_id\": \"j1\", \"text\": \"x\", \"labels\": [\"sad\"]}\n"
                  "not json at all\n"
                  "{\"sample_id\": \"j2\", \"text\": \"y\", \"labels\": [\"angry\"]}\n");
        r = DatasetImporter::importPath(*store, dir.filePath("more.jsonl"));
        QCOMPARE(r.imported, 1);
        QCOMPARE(r.skipped, 2);
        QVERIFY(hasIssue(r, "", Skipped, "line 2 is not a JSON object"));
        QVERIFY(hasIssue(r, "j2", Skipped, "unknown label"));
    }

    void genericSchemaFromOptions() {
        QTemporaryDir dir;
        writeFile(dir.filePath("x.jsonl"), "{\"id\": 17, \"text\": \"n\", \"label\": \"b\"}\n");
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        ImportOptions o;
        o.labelOrder = {"a", "b", "c"};
        o.task = TaskKind::MultiLabel;
        const ImportReport r = DatasetImporter::importPath(*store, dir.filePath("x.jsonl"), o);
        QCOMPARE(r.imported, 1);
        QCOMPARE(store->labelSchema().names(), (QStringList{"a", "b", "c"}));
        QVERIFY(store->labelSchema().isMultiLabel());
        QCOMPARE(*SampleStore(*store).find("17")->labelMask, uint64_t(2)); // numeric id accepted as text
    }

    void malformedFilesAndRecordsAreReportedGoodDataStillLoads() {
        QTemporaryDir dir;
        writeAxiom(dir.path(), "test", axiomRecords(4, "TS-"));
        writeFile(dir.filePath("anxiety_train.json"), "[{\"sample_id\": \"a\", \"ocr_text\": \"x\",, }]");
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        ImportReport r = DatasetImporter::importPath(*store, dir.path());
        QCOMPARE(r.imported, 4); // the good file next to the broken one still loads
        QVERIFY2(hasFileIssue(r, "anxiety_train.json", "malformed JSON at line 1"), qPrintable(dump(r)));

        QTemporaryDir d2;
        QJsonArray recs = axiomRecords(3);
        recs.append(QJsonValue(42)); // not an object
        recs.append(
            QJsonObject{{"ocr_text", "no id"}, {"meme_anxiety_category", "Restlessness"}}); // missing id
        recs.append(
            QJsonObject{{"sample_id", "n1"}, {"ocr_text", 12}, {"meme_anxiety_category", "Restlessness"}});
        recs.append(QJsonObject{{"sample_id", "n2"}, {"ocr_text", "x"}, {"meme_anxiety_category", 3}});
        recs.append(QJsonObject{{"sample_id", "n3"},
                                {"ocr_text", "x"},
                                {"meme_anxiety_category", QJsonArray{"Restlessness", "Nervousness"}}});
        recs.append(QJsonObject{{"sample_id", QJsonArray{}}, {"ocr_text", "x"}});
        recs.append(axiomRecord("TR-1", "dup", "Restlessness"));
        writeAxiom(d2.path(), "train", recs);
        writeJson(d2.filePath("anxiety_test.json"), QJsonArray());
        writeFile(d2.filePath("anxiety_val.json"), "{\"not\": \"an array\"}");
        auto s2 = ProjectStore::open(d2.filePath("p.memescope"));
        r = DatasetImporter::importPath(*s2, d2.path());
        QCOMPARE(r.imported, 3);
        QVERIFY(hasIssue(r, "", Skipped, "not a JSON object"));
        QVERIFY(hasIssue(r, "", Skipped, "no sample_id"));
        QVERIFY(hasIssue(r, "n1", Skipped, "'ocr_text' should be text but is a number"));
        QVERIFY(hasIssue(r, "n2", Skipped, "should be a label name or a list but is a number"));
        QVERIFY(hasIssue(r, "n3", Skipped, "2 labels for a single-label dataset"));
        QVERIFY(hasIssue(r, "", Skipped, "'sample_id' should be text but is a list"));
        QVERIFY(hasIssue(r, "TR-1", Skipped, "duplicate sample_id (an earlier record has it)"));
        QVERIFY(hasFileIssue(r, "anxiety_val.json", "expected a JSON array"));
        // Importing the same data again: every record is a duplicate of the project's.
        r = DatasetImporter::importPath(*s2, d2.filePath("anxiety_train.json"));
        QCOMPARE(r.imported, 0);
        QVERIFY(hasIssue(r, "TR-0", Skipped, "already in the project"));
    }

    void brokenImagesAreFlaggedTextOnly() {
        QTemporaryDir dir;
        writeAxiom(dir.path(), "train", axiomRecords(5), {"TR-0"});
        const QString folder = dir.filePath("anxiety_train_image/");
        const QByteArray jpeg = writeJpeg(folder + "TR-1.jpg", 200, 200);
        writeFile(folder + "TR-1.jpg", jpeg.left(jpeg.size() / 2)); // truncated
        writeFile(folder + "TR-2.jpg", QByteArray());               // empty
        writeFile(folder + "TR-3.jpg", "GIF? no, just text");       // not an image
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.path());
        QCOMPARE(r.imported, 5);
        QVERIFY(hasIssue(r, "TR-0", Flagged, "image not found"));
        QVERIFY(hasIssue(r, "TR-1", Flagged, "truncated JPEG"));
        QVERIFY(hasIssue(r, "TR-2", Flagged, "empty"));
        QVERIFY(hasIssue(r, "TR-3", Flagged, "not an image"));
        SampleStore samples(*store);
        QCOMPARE(samples.find("TR-0")->imageStatus, ImageStatus::Missing);
        QCOMPARE(samples.find("TR-1")->imageStatus, ImageStatus::Corrupt);
        QCOMPARE(samples.find("TR-4")->imageStatus, ImageStatus::Ok);
    }

    void malformedCsvAndNonUtf8() {
        QTemporaryDir dir;
        writeFile(dir.filePath("a.csv"), "sample_id,text,label\nx,\"unterminated,lbl\n");
        writeFile(dir.filePath("b.csv"), QByteArray("sample_id,text,label\ny,caf\xe9,lbl\n"));
        writeFile(dir.filePath("c.csv"), "text,label\nno id column,lbl\n");
        writeFile(dir.filePath("d.csv"), "sample_id,text,label\nz,fine,lbl\n");
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        const ImportReport r = DatasetImporter::importPath(*store, dir.path());
        QCOMPARE(r.imported, 1);
        QVERIFY2(hasFileIssue(r, "a.csv", "never closed"), qPrintable(dump(r)));
        QVERIFY(hasFileIssue(r, "b.csv", "not valid UTF-8"));
        QVERIFY(hasFileIssue(r, "c.csv", "no 'sample_id'"));
    }

    void wholeImportErrors() {
        QTemporaryDir dir;
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        QVERIFY_THROWS_EXCEPTION(StoreError, DatasetImporter::importPath(*store, dir.filePath("nope")));
        QTemporaryDir empty;
        try {
            DatasetImporter::importPath(*store, empty.path());
            QFAIL("empty folder");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains("no dataset files found"));
        }
        QTemporaryDir mixed;
        writeAxiom(mixed.path(), "train", axiomRecords(2));
        writeRestore(mixed.path(), "train", QJsonArray{restoreRecord("r", "t", {"Feeling Down"})});
        QVERIFY_THROWS_EXCEPTION(StoreError, DatasetImporter::importPath(*store, mixed.path()));
        // A RESTORE dataset into an AxiOM project is refused (label schemas differ), nothing written.
        QTemporaryDir ax, re;
        writeAxiom(ax.path(), "train", axiomRecords(2));
        writeRestore(re.path(), "train", QJsonArray{restoreRecord("r", "t", {"Feeling Down"})});
        DatasetImporter::importPath(*store, ax.path());
        try {
            DatasetImporter::importPath(*store, re.path());
            QFAIL("schema mismatch");
        } catch (const StoreError& e) {
            QVERIFY2(e.message().contains("RESTORE dataset"), qPrintable(e.message()));
        }
        QCOMPARE(SampleStore(*store).count(), 2);
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
