// import -> export -> import is lossless, in the original layouts and in the generic CSV/JSONL ones.
#include "TestDatasets.h"
#include "core/dataset/DatasetExporter.h"
#include "core/dataset/DatasetImporter.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"
#include "core/store/StoreError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;

namespace {

// Everything a sample means, with labels by name (so projects with different label orders compare).
QMap<QString, QStringList> snapshot(ProjectStore& store) {
    const LabelSchema schema = store.labelSchema();
    QMap<QString, QStringList> out;
    for (const auto& s : SampleStore(store).loadAll()) {
        QStringList labels = s.labelMask ? schema.namesOf(*s.labelMask) : QStringList{"<unlabelled>"};
        labels.sort();
        out.insert(s.sampleId, {s.split, labels.join('|'), s.ocrText, s.figurativeReasoning, s.causeEffect,
                                s.figurativeUnderstanding, s.mentalState, imageStatusToString(s.imageStatus),
                                s.extraJson});
    }
    return out;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRoundTrip : public QObject {
    Q_OBJECT
    QTemporaryDir demo_;

private Q_SLOTS:
    void initTestCase() {
        DemoOptions o;
        o.outDir = demo_.path();
        o.axiomTrain = 90;
        o.axiomTest = 30;
        o.restoreTrain = 80;
        o.restoreVal = 20;
        o.restoreTest = 20;
        o.reasoningPerDataset = 10;
        DemoGenerator::generate(o);
    }

    void originalLayoutsRoundTrip_data() {
        QTest::addColumn<QString>("dataset");
        QTest::newRow("axiom") << "axiom";
        QTest::newRow("restore") << "restore";
    }

    void originalLayoutsRoundTrip() {
        QFETCH(QString, dataset);
        QTemporaryDir work;
        auto first = ProjectStore::open(work.filePath("first.memescope"));
        const ImportReport r1 = DatasetImporter::importPath(*first, demo_.filePath(dataset));
        QVERIFY(r1.imported > 100);
        QVERIFY(r1.merged == 10);
        const ExportSummary e1 = DatasetExporter::exportProject(*first, work.filePath("out1"));
        QVERIFY(e1.images > 100);
        QVERIFY(e1.files.contains(dataset == "axiom" ? "anxiety_train_llava_dataset.json"
                                                     : "depression_train_llava_dataset.json"));

        auto second = ProjectStore::open(work.filePath("second.memescope"));
        const ImportReport r2 = DatasetImporter::importPath(*second, work.filePath("out1"));
        QCOMPARE(r2.imported, r1.imported);
        QCOMPARE(r2.skipped, 0); // the broken records were not exported
        const auto a = snapshot(*first), b = snapshot(*second);
        QCOMPARE(a.keys(), b.keys());
        for (const auto& id : a.keys())
            QCOMPARE(b[id], a[id]); // same split (re-derived 7:1), labels, texts

        // And exporting the re-imported project gives byte-identical files.
        const ExportSummary e2 = DatasetExporter::exportProject(*second, work.filePath("out2"));
        QCOMPARE(e2.files, e1.files);
        for (const auto& f : e1.files)
            QCOMPARE(readAll(work.filePath("out2/" + f)), readAll(work.filePath("out1/" + f)));
    }

    void genericLayoutsRoundTrip_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "csv";
        QTest::newRow("jsonl") << "jsonl";
    }

    void genericLayoutsRoundTrip() {
        QFETCH(QString, format);
        QTemporaryDir work;
        auto first = ProjectStore::open(work.filePath("first.memescope"));
        DatasetImporter::importPath(*first, demo_.filePath("restore"));
        ExportOptions eo;
        eo.format = *datasetFormatFromString(format);
        const ExportSummary e = DatasetExporter::exportProject(*first, work.filePath("out"), eo);
        auto second = ProjectStore::open(work.filePath("second.memescope"));
        ImportOptions io;
        io.labelOrder = first->labelSchema().names();
        io.task = TaskKind::MultiLabel;
        const ImportReport r =
            DatasetImporter::importPath(*second, work.filePath("out/" + e.files.first()), io);
        QCOMPARE(r.imported, e.samples);
        auto a = snapshot(*first), b = snapshot(*second);
        QCOMPARE(a.keys(), b.keys());
        for (const auto& id : a.keys())
            QCOMPARE(b[id], a[id]);
    }

    void exportRefusesForeignLayout() {
        QTemporaryDir work;
        auto p = ProjectStore::open(work.filePath("p.memescope"));
        DatasetImporter::importPath(*p, demo_.filePath("axiom"));
        ExportOptions eo;
        eo.format = DatasetFormat::Restore;
        QVERIFY_THROWS_EXCEPTION(StoreError, DatasetExporter::exportProject(*p, work.filePath("out"), eo));
    }
};

QTEST_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
