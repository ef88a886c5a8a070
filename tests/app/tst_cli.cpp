// memescope-cli contract (CLI.md): exit codes, --json last line, errors naming the file, --help.
#include "TestDatasets.h"
#include "core/store/LabelSchema.h"
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

// TensorBoard's event file read from its documented layout alone: TFRecords (uint64 length, masked CRC-32C of
// it, data, masked CRC-32C of the data) holding Event protocol buffers (wall_time 1, step 2, file_version 3,
// summary 5 -> value 1 -> tag 1, simple_value 2). Prints the number of epochs and each epoch's training loss.
const char* kTensorBoardReader = R"PY(
import struct,sys,glob
def crc32c(b):
    c=0xffffffff
    for x in b:
        c^=x
        for _ in range(8): c=(c>>1)^0x82f63b78 if c&1 else c>>1
    return c^0xffffffff
mask=lambda c:(((c>>15)|(c<<17))+0xa282ead8)&0xffffffff
def varint(b,i):
    r=s=0
    while True:
        x=b[i]; i+=1; r|=(x&0x7f)<<s; s+=7
        if x<0x80: return r,i
def fields(b):
    i=0
    while i<len(b):
        k,i=varint(b,i); f,t=k>>3,k&7
        if t==0: v,i=varint(b,i)
        elif t==1: v=b[i:i+8]; i+=8
        elif t==5: v=b[i:i+4]; i+=4
        elif t==2: n,i=varint(b,i); v=b[i:i+n]; i+=n
        yield f,t,v
data=open(glob.glob(sys.argv[1]+'/events.out.tfevents.*')[0],'rb').read(); i=0; events=[]
while i<len(data):
    n,=struct.unpack('<Q',data[i:i+8]); assert struct.unpack('<I',data[i+8:i+12])[0]==mask(crc32c(data[i:i+8]))
    rec=data[i+12:i+12+n]; assert struct.unpack('<I',data[i+12+n:i+16+n])[0]==mask(crc32c(rec)); i+=16+n
    e={'scalars':{}}
    for f,t,v in fields(rec):
        if f==1: e['wall']=struct.unpack('<d',v)[0]
        if f==2: e['step']=v
        if f==3: e['version']=v.decode()
        if f==5:
            for _,_,val in fields(v):
                d={ff:vv for ff,_,vv in fields(val)}; e['scalars'][d[1].decode()]=struct.unpack('<f',d[2])[0]
    events.append(e)
assert events[0]['version']=='brain.Event:2'
print(len(events)-1, ' '.join('%d:%.4f'%(e['step'],e['scalars']['loss/train']) for e in events[1:]))
)PY";

Result run(const QStringList& args, const QString& program = MEMESCOPE_CLI_PATH,
           const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
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

    // Honest figures end to end: a trained run's test figures carry 95 % intervals and leak-free figures (a
    // test meme that repeats a training caption is left out), `duplicates` finds that leak, and `compare` of
    // two identical runs finds nothing to tell them apart; an unknown run is refused with the choices.
    void runsCarryIntervalsLeaksAndComparisons() {
        QTemporaryDir dir;
        const QStringList names = memescope::LabelSchema::axiom().names();
        const QStringList words = {"worry", "sleep", "heart", "doom", "rest", "calm"};
        auto caption = [&](int i, int label) {
            return QStringLiteral("%1 %1 thing number %2 about %3")
                .arg(words[label])
                .arg(i)
                .arg(words[(i * 7) % 6]);
        };
        QJsonArray train, test;
        for (int i = 0; i < 60; ++i)
            train.append(
                testdata::axiomRecord(QStringLiteral("TR-%1").arg(i), caption(i, i % 6), names[i % 6]));
        for (int i = 0; i < 24; ++i)
            test.append(
                testdata::axiomRecord(QStringLiteral("TS-%1").arg(i), caption(100 + i, i % 6), names[i % 6]));
        // TS-0 repeats TR-7's caption (another watermark): a leak.
        test[0] = testdata::axiomRecord("TS-0", caption(7, 1) + " @memes_daily", names[1]);
        testdata::writeAxiom(dir.filePath("data"), "train", train);
        testdata::writeAxiom(dir.filePath("data"), "test", test);
        const QString project = dir.filePath("p.memescope");
        QCOMPARE(run({"import", dir.filePath("data"), "--project", project}).code, 0);

        const QString config = R"({"model":"tfidf_lr"})";
        Result a =
            run({"train", "--project", project, "--out", dir.filePath("runA"), "--config", config, "--json"});
        QCOMPARE(a.code, 0);
        const QJsonObject t = a.lastJson().value("test").toObject();
        const QJsonObject ci = t.value("intervals").toObject();
        QCOMPARE(ci.value("resamples").toInt(), 2000);
        const double f1 = t.value("macro_f1").toDouble();
        const QJsonObject macro = ci.value("macro_f1").toObject();
        QVERIFY2(macro.value("ci_low").toDouble() <= f1 && f1 <= macro.value("ci_high").toDouble(),
                 qPrintable(QJsonDocument(ci).toJson()));
        const QJsonObject leakFree = t.value("leak_free").toObject();
        QCOMPARE(leakFree.value("removed").toInt(), 1);
        QCOMPARE(leakFree.value("samples").toInt(), 23);
        // The leak-free figure has its own interval, over the 23 memes it rests on.
        const QJsonObject cleanMacro = leakFree.value("intervals").toObject().value("macro_f1").toObject();
        const double clean = leakFree.value("macro_f1").toDouble();
        QVERIFY2(cleanMacro.value("ci_low").toDouble() <= clean &&
                     clean <= cleanMacro.value("ci_high").toDouble(),
                 qPrintable(QJsonDocument(leakFree).toJson()));
        QVERIFY(a.err.contains("leak-free: macro-F1")); // the human summary goes to stderr with --json
        // In words, each figure with its interval: "... 0.640 (0.45–0.81) on the 23 that repeat ...".
        QVERIFY2(QString::fromUtf8(a.err).contains(
                     QRegularExpression(QString::fromUtf8("\\(\\d\\.\\d+–\\d\\.\\d+\\) on the 23 "))),
                 a.err.constData());

        const Result d = run({"duplicates", "--project", project, "--json"});
        QCOMPARE(d.code, 0);
        QCOMPARE(d.lastJson().value("leaked_test_memes").toInt(), 1);
        QCOMPARE(d.lastJson().value("groups_by_kind").toObject().value("text_only").toInt() +
                     d.lastJson().value("groups_by_kind").toObject().value("same_text_other_image").toInt(),
                 1); // the test images are flat (no hash): the texts alone link them
        QCOMPARE(run({"duplicates", "--project", project, "--text-threshold", "0.2"}).code, 1);

        QCOMPARE(run({"train", "--project", project, "--out", dir.filePath("runB"), "--config", config}).code,
                 0);
        const Result c =
            run({"compare", "--project", project, dir.filePath("runA"), dir.filePath("runB"), "--json"});
        QCOMPARE(c.code, 0);
        const QJsonObject cmp = c.lastJson();
        QCOMPARE(cmp.value("memes").toInt(), 24);
        for (const QJsonValue& m : cmp.value("metrics").toArray()) {
            QCOMPARE(m.toObject().value("difference").toDouble(), 0.0);
            QCOMPARE(m.toObject().value("p_value").toDouble(),
                     1.0); // the same predictions: no evidence at all
            QVERIFY(!m.toObject().value("distinguishable").toBool());
        }
        // A split that keeps the duplicates together: trained on, its test split leaks nothing.
        const Result sp =
            run({"split", "--project", project, "--group-duplicates", "--name", "grouped", "--json"});
        QCOMPARE(sp.code, 0);
        QCOMPARE(sp.lastJson().value("made").toObject().value("groups_kept_whole").toInt(), 1);
        const Result g = run({"train", "--project", project, "--out", dir.filePath("runG"), "--config",
                              config, "--split-scheme", "grouped", "--json"});
        QCOMPARE(g.code, 0);
        QCOMPARE(g.lastJson().value("split_scheme").toString(), QString("grouped"));
        QCOMPARE(g.lastJson().value("test").toObject().value("leak_free").toObject().value("removed").toInt(),
                 0);
        const Result bad = run({"train", "--project", project, "--out", dir.filePath("runX"), "--config",
                                config, "--split-scheme", "nope"});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("no split scheme named 'nope'"), bad.err.constData());

        const Result unknown = run({"compare", "--project", project, dir.filePath("runA"), "nope"});
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains("nope: no run of the project") && unknown.err.contains("runA"),
                 unknown.err.constData());

        // While another program holds the project (the GUI), the reading commands work beside it.
        auto holder = memescope::ProjectStore::open(project);
        for (const QStringList& args :
             {QStringList{"eval", "--project", project, "--run", dir.filePath("runA")},
              QStringList{"report", "--project", project, "--run", dir.filePath("runA"), "--out",
                          dir.filePath("r.html")},
              QStringList{"export", "--project", project, "--out", dir.filePath("exported")},
              QStringList{"duplicates", "--project", project},
              QStringList{"compare", "--project", project, dir.filePath("runA"), dir.filePath("runB")}}) {
            const Result r = run(args);
            QVERIFY2(r.code == 0, qPrintable(args.first() + ": " + r.err));
            QVERIFY2(r.err.contains("read-only"), qPrintable(args.first() + ": " + r.err));
        }
        QCOMPARE(run({"train", "--project", project, "--out", dir.filePath("runZ"), "--config", config}).code,
                 1);
    }

    // The CLI never needs a display, even when DISPLAY names a server that is gone; the GUI answers --help
    // without one and says plainly when it cannot open its display.
    void displaysThatAreNotThere() {
        QProcessEnvironment gone = QProcessEnvironment::systemEnvironment();
        gone.remove("QT_QPA_PLATFORM");
        gone.remove("WAYLAND_DISPLAY");
        gone.insert("DISPLAY", ":97"); // no X server here
        const Result info = run({"info"}, MEMESCOPE_CLI_PATH, gone);
        QCOMPARE(info.code, 0);
        const Result help = run({"--help"}, MEMESCOPE_GUI_PATH, gone);
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("--select"));
        const Result gui = run({}, MEMESCOPE_GUI_PATH, gone);
        QCOMPARE(gui.code, 1);
        QVERIFY2(gui.err.contains("cannot open the display :97"), gui.err.constData());
        gone.remove("DISPLAY");
        const Result none = run({}, MEMESCOPE_GUI_PATH, gone);
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains("no display"), none.err.constData());
    }

    // An import that imports nothing fails and leaves no new project behind; a run or meme named to the GUI
    // that the project lacks is an error with the choices.
    void nothingImportedAndUnknownNamesAreErrors() {
        QTemporaryDir dir;
        testdata::writeFile(dir.filePath("data/anxiety_train.json"), "[{\"sample_id\": \"x\", "); // cut off
        const QString project = dir.filePath("p.memescope");
        const Result r = run({"import", dir.filePath("data"), "--project", project});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("nothing imported"), r.err.constData());
        QVERIFY(!QFile::exists(project));
        QVERIFY(!QFile::exists(project + ".lock"));

        testdata::writeAxiom(dir.filePath("good"), "train", testdata::axiomRecords(4));
        QCOMPARE(run({"import", dir.filePath("good"), "--project", project}).code, 0);
        QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
        offscreen.insert("QT_QPA_PLATFORM", "offscreen");
        const Result noRun = run({project, "--run", "restore-tiny"}, MEMESCOPE_GUI_PATH, offscreen);
        QCOMPARE(noRun.code, 1);
        QVERIFY2(noRun.err.contains("--run restore-tiny: no such run") && noRun.err.contains("none"),
                 noRun.err.constData());
        const Result noMeme = run({project, "--select", "NOPE"}, MEMESCOPE_GUI_PATH, offscreen);
        QCOMPARE(noMeme.code, 1);
        QVERIFY2(noMeme.err.contains("--select NOPE: no meme") && noMeme.err.contains("TR-0"),
                 noMeme.err.constData());
    }

    // explain: a trained run's relevance for one meme, by each method; wrong choices refused with the
    // choices.
    void explainNamesWordsAndPatches() {
        QTemporaryDir dir;
        testdata::writeAxiom(dir.filePath("data"), "train", testdata::axiomRecords(24));
        testdata::writeAxiom(dir.filePath("data"), "test", testdata::axiomRecords(6, "TS-"));
        const QString project = dir.filePath("p.memescope");
        QCOMPARE(run({"import", dir.filePath("data"), "--project", project}).code, 0);
        QJsonObject micro = testdata::microTrainingConfig();
        micro["epochs"] = 1;
        const QString config = QString::fromUtf8(QJsonDocument(micro).toJson(QJsonDocument::Compact));
        const Result t =
            run({"train", "--project", project, "--out", dir.filePath("run"), "--config", config});
        QVERIFY2(t.code == 0, t.err.constData());
        for (const char* method : {"relevance", "integrated-gradients", "attention"}) {
            const Result e = run({"explain", "--project", project, "--run", dir.filePath("run"), "--sample",
                                  "TS-1", "--method", method, "--steps", "8", "--json"});
            QVERIFY2(e.code == 0, qPrintable(QString(method) + ": " + e.err));
            const QJsonObject o = e.lastJson();
            QCOMPARE(o.value("method").toString(), QString(method));
            QCOMPARE(o.value("words").toArray().size(), 2); // "caption 1"
            const int side = o.value("grid_side").toInt();
            QVERIFY(side > 0);
            QCOMPARE(o.value("patches").toArray().size(), side * side);
        }
        Result bad = run({"explain", "--project", project, "--run", dir.filePath("run"), "--sample", "TS-1",
                          "--class", "Joy"});
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains("Nervousness"), bad.err.constData()); // the run's labels are listed
        bad = run({"explain", "--project", project, "--run", dir.filePath("run"), "--sample", "TS-1",
                   "--method", "lime"});
        QCOMPARE(bad.code, 1);
        bad = run({"explain", "--project", project, "--run", dir.filePath("run"), "--sample", "NOPE"});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("NOPE: no meme"));

        // --faithfulness: the table per method over the test split, the random floor last; the pointing game
        // with a truth file (one meme here: its motif covers the whole picture, so every top patch hits).
        QFile truth(dir.filePath("truth.json"));
        QVERIFY(truth.open(QIODevice::WriteOnly));
        truth.write(
            R"({"memes": {"TS-1": {"motif_label": "Lack of Worry Control", "motif_box": [0, 0, 4000, 4000],
                        "label_words": {}}}})");
        truth.close();
        const Result f = run({"explain", "--project", project, "--run", dir.filePath("run"), "--faithfulness",
                              "--steps", "4", "--truth", truth.fileName(), "--json"});
        QVERIFY2(f.code == 0, f.err.constData());
        const QJsonObject table = f.lastJson();
        QCOMPARE(table.value("memes").toInt(), 6);
        QCOMPARE(table.value("split").toString(), QString("test"));
        const QJsonArray methods = table.value("methods").toArray();
        QCOMPARE(methods.size(), 4);
        QCOMPARE(methods.last().toObject().value("method").toString(), QString("random"));
        for (const QJsonValue m : methods) {
            const QJsonObject o = m.toObject();
            QCOMPARE(o.value("deletion_aopc_image").toObject().value("memes").toInt(), 6);
            if (o.value("method") != "random")
                QCOMPARE(o.value("pointing_motif").toObject().value("value").toDouble(), 1.0);
        }
        const Result human = run({"explain", "--project", project, "--run", dir.filePath("run"),
                                  "--faithfulness", "--method", "relevance", "--limit", "3"});
        QVERIFY2(human.code == 0, human.err.constData());
        QVERIFY(human.out.contains("Relevance (gradient-weighted rollout)"));
        QVERIFY(human.out.contains("Random order"));
        QVERIFY(!human.out.contains("Integrated gradients"));
        bad = run({"explain", "--project", project, "--run", dir.filePath("run"), "--faithfulness", "--truth",
                   dir.filePath("none.json")});
        QCOMPARE(bad.code, 1);
        QVERIFY(bad.err.contains("none.json"));
        // The report's mistakes are drawn with relevance for the label the model wrongly gave, and say so;
        // with the run's model gone, with the stored attention, saying why.
        auto reportText = [&](const QString& name) {
            const Result r = run(
                {"report", "--project", project, "--run", dir.filePath("run"), "--out", dir.filePath(name)});
            QFile html(dir.filePath(name));
            return r.code == 0 && html.open(QIODevice::ReadOnly) ? QString::fromUtf8(html.readAll())
                                                                 : QString();
        };
        const QString withModel = reportText("relevance.html");
        QVERIFY(withModel.contains("Most confident mistakes") && !withModel.contains("No mistakes"));
        QVERIFY(withModel.contains("gradient-weighted attention rollout"));
        QVERIFY(QDir().rename(dir.filePath("run/model"), dir.filePath("run/model-moved")));
        const QString without = reportText("attention.html");
        QVERIFY(!without.contains("gradient-weighted attention rollout"));
        QVERIFY(without.contains("raw text-to-image attention") && without.contains("could not be computed"));
        QVERIFY(QDir().rename(dir.filePath("run/model-moved"), dir.filePath("run/model")));
        // export-run --tensorboard: the run's curves as an event file in the format's documented layout
        // (TFRecords with masked CRC-32C around Event protocol buffers), read back by an independent reader.
        const Result tb = run({"export-run", "--project", project, "--run", dir.filePath("run"),
                               "--tensorboard", dir.filePath("tb"), "--json"});
        QVERIFY2(tb.code == 0, tb.err.constData());
        QVERIFY(tb.lastJson().value("tags").toArray().contains("loss/train"));
        const Result read = run({"-c", kTensorBoardReader, dir.filePath("tb/run")}, "/usr/bin/python3");
        QVERIFY2(read.code == 0, read.err.constData());
        const QJsonObject firstEpoch =
            memescope::RunStore(*memescope::ProjectStore::open(project)).epochs(1).value(0);
        QCOMPARE(read.out.trimmed(),
                 QStringLiteral("1 1:%1").arg(firstEpoch.value("train_loss").toDouble(), 0, 'f', 4).toUtf8());
        QCOMPARE(
            run({"export-run", "--project", project, "--run", "nope", "--tensorboard", dir.filePath("tb")})
                .code,
            1);

        // A TF-IDF run explains itself by its words' coefficient x tf-idf (no picture); it has no maps to
        // test.
        const Result tfidf = run({"train", "--project", project, "--out", dir.filePath("tfidf"), "--config",
                                  R"({"model": "tfidf_lr"})"});
        QVERIFY2(tfidf.code == 0, tfidf.err.constData());
        const Result w = run(
            {"explain", "--project", project, "--run", dir.filePath("tfidf"), "--sample", "TS-1", "--json"});
        QVERIFY2(w.code == 0, w.err.constData());
        QCOMPARE(w.lastJson().value("method").toString(), QString("word-weights"));
        QCOMPARE(w.lastJson().value("words").toArray().size(), 2);
        QCOMPARE(w.lastJson().value("patches").toArray().size(), 0);
        const Result noMaps =
            run({"explain", "--project", project, "--run", dir.filePath("tfidf"), "--faithfulness"});
        QCOMPARE(noMaps.code, 1);
        QVERIFY(noMaps.err.contains("TF-IDF run has no relevance maps"));
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
