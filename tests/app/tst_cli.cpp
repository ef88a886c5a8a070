// memescope-cli contract (CLI.md): exit codes, --json last line, errors naming the file, --help.
#include "TestDatasets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result {
    int code = -1;
    QByteArray out, err;
    QJsonObject lastJson() const {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }
};

Result run(const QStringList& args) {
    QProcess p;
    p.start(MEMESCOPE_CLI_PATH, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usageAndUnknownCommand() {
        QCOMPARE(run({}).code, 1);
        const Result help = run({"--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("import"));
        const Result unknown = run({"frobnicate"});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains("unknown command 'frobnicate'"));
        for (const char* cmd : {"demo", "import", "export", "info"}) {
            const Result r = run({cmd, "--help"});
            QCOMPARE(r.code, 0);
            QVERIFY(r.out.contains("--json"));
        }
    }

    void userErrorsExitOneAndNameTheProblem() {
        QTemporaryDir dir;
        Result r = run({"import", dir.filePath("nothing-here"), "--project", dir.filePath("p.memescope")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nothing-here") && r.err.contains("no such file"), r.err.constData());
        r = run({"import", dir.path()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("--project"));
        r = run({"import", dir.path(), "--project", dir.filePath("p.memescope"), "--format", "xml"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("unknown --format 'xml'"));
        r = run({"export", "--project", dir.filePath("absent.memescope"), "--out", dir.filePath("o")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("absent.memescope: no such project file"));
        r = run({"demo", "--out", dir.path(), "--seed", "abc"});
        QCOMPARE(r.code, 1);
    }

    void importJsonReport() {
        QTemporaryDir dir;
        QJsonArray recs = testdata::axiomRecords(16);
        recs.append(testdata::axiomRecord("TR-0", "dup", "Restlessness"));
        testdata::writeAxiom(dir.filePath("data"), "train", recs, {"TR-3"});
        const Result r =
            run({"import", dir.filePath("data"), "--project", dir.filePath("p.memescope"), "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.lastJson();
        QCOMPARE(o.value("imported").toInt(), 16);
        QCOMPARE(o.value("flagged").toInt(), 1);
        QCOMPARE(o.value("skipped").toInt(), 1);
        QVERIFY(r.err.contains("SKIPPED")); // the human report goes to stderr with --json

        const Result e =
            run({"export", "--project", dir.filePath("p.memescope"), "--out", dir.filePath("out"), "--json"});
        QCOMPARE(e.code, 0);
        QCOMPARE(e.lastJson().value("samples").toInt(), 16);
        QVERIFY(QFile::exists(dir.filePath("out/anxiety_train.json")));
        QVERIFY(QFile::exists(dir.filePath("out/anxiety_train_image/TR-1.jpg")));
    }

    void ocrRunsOverProjectAndSkipsDone() {
        QTemporaryDir dir;
        QJsonArray recs = testdata::axiomRecords(3);
        testdata::writeAxiom(dir.filePath("data"), "train", recs);
        const QString project = dir.filePath("p.memescope");
        QCOMPARE(run({"import", dir.filePath("data"), "--project", project}).code, 0);
        Result r = run({"ocr", "--project", project, "--threads", "2", "--json"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.lastJson().value("processed").toInt(), 3);
        QCOMPARE(r.lastJson().value("failed").toInt(), 0);
        r = run({"ocr", "--project", project, "--json"});
        QCOMPARE(r.lastJson().value("skipped").toInt(), 3);
        r = run({"ocr", "--project", project, "--strategy", "nonsense"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("unknown OCR strategy 'nonsense'"));
    }

    void infoReportsDevicesAndBlas() {
        const Result r = run({"info", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.lastJson();
        QVERIFY(!o.value("torch").toString().isEmpty());
        QVERIFY(o.value("devices").toArray().last().toString().startsWith("CPU"));
        QVERIFY(o.value("matmul_gflops").toDouble() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
