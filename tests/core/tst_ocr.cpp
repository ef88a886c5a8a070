// OCR: words, boxes and text on generated memes with known captions; variants; errors; the dataset job
// (threads, skipping, force, cancellation, per-sample errors, results cached in the store).
#include "TestDatasets.h"
#include "core/dataset/DatasetImporter.h"
#include "core/demo/MemeRenderer.h"
#include "core/imaging/Thumbnail.h"
#include "core/ocr/OcrEngine.h"
#include "core/ocr/OcrJob.h"
#include "core/ocr/OcrStore.h"
#include "core/ocr/TextDistance.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;

namespace {

MemeSpec spec(const QString& top, const QString& bottom, MemeSpec::CaptionStyle style, uint32_t seed) {
    MemeSpec s;
    s.width = 480;
    s.height = 420;
    s.background = MemeSpec::Background::Gradient;
    s.primary = QColor(90, 60, 120);
    s.secondary = QColor(200, 120, 60);
    s.motif = MemeSpec::Motif::Storm;
    s.captionStyle = style;
    s.topText = top;
    s.bottomText = bottom;
    s.seed = seed;
    return s;
}

QByteArray jpegOf(const QImage& img) {
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "JPG", 90);
    return bytes;
}

} // namespace

class TestOcr : public QObject {
    Q_OBJECT
    std::unique_ptr<OcrEngine> engine_;

private Q_SLOTS:
    void initTestCase() { engine_ = std::make_unique<OcrEngine>(); }

    void textDistanceHandWorked() {
        QCOMPARE(wordErrors("ME AT 3AM", "me at 3am").edits, 0);                // case folded
        QCOMPARE(wordErrors("when you\nrealize", "when you realize").edits, 0); // line breaks are not errors
        const ErrorCount e = wordErrors("the cat sat on the mat", "the cat sit on mat");
        QCOMPARE(e.edits, 2); // one substitution, one deletion
        QCOMPARE(e.referenceLength, 6);
        QCOMPARE(charErrors("abc", "abd").edits, 1);
        QCOMPARE(wordErrors("I'M FINE!", "IM fine").edits, 1); // in-word apostrophe kept, '!' dropped
        QCOMPARE(wordErrors("", "noise").rate(), 1.0);
    }

    void readsOutlinedCaptionsWithBoxes() {
        const MemeSpec s =
            spec("me at three am", "replaying every conversation", MemeSpec::CaptionStyle::ImpactOutline, 3);
        QString caption;
        const QImage img = MemeRenderer::render(s, &caption);
        const OcrResult r = engine_->recognize(qimageToRgbMat(img));
        QVERIFY(r.ok());
        const ErrorCount wer = wordErrors(caption, r.text);
        QVERIFY2(wer.rate() <= 0.2,
                 qPrintable(QString("WER %1: '%2' vs '%3'").arg(wer.rate()).arg(caption, r.text)));
        QVERIFY(r.words.size() >= 4);
        for (const OcrWord& w : r.words) {
            QVERIFY(QRect(0, 0, img.width(), img.height()).contains(w.box));
            QVERIFY(w.confidence >= 0 && w.confidence <= 100);
        }
        // The top caption's words lie in the top third, the bottom's in the bottom third.
        for (const OcrWord& w : r.words) {
            if (w.text.compare("THREE", Qt::CaseInsensitive) == 0)
                QVERIFY(w.box.center().y() < img.height() / 3);
            if (w.text.compare("CONVERSATION", Qt::CaseInsensitive) == 0)
                QVERIFY(w.box.center().y() > img.height() * 2 / 3);
        }
        // Reading order: lines in order, and the plain text has one line per text line.
        QVERIFY(r.text.indexOf("THREE", 0, Qt::CaseInsensitive) <
                r.text.indexOf("EVERY", 0, Qt::CaseInsensitive));
    }

    void readsDarkTextOnPanels() {
        const MemeSpec s =
            spec("when the teacher says", "we need to talk", MemeSpec::CaptionStyle::DarkOnPanel, 5);
        QString caption;
        const QImage img = MemeRenderer::render(s, &caption);
        const OcrResult r = engine_->recognize(qimageToRgbMat(img));
        QVERIFY2(wordErrors(caption, r.text).rate() <= 0.2, qPrintable(r.text));
        QCOMPARE(r.variant, QString("grey")); // the white-text mask finds nothing here; grey wins
    }

    void everyVariantRunsAndStrategyIsValidated() {
        const QImage img = MemeRenderer::render(
            spec("cannot sit still", "pacing around", MemeSpec::CaptionStyle::ImpactOutline, 9));
        const cv::Mat m = qimageToRgbMat(img);
        for (OcrVariant v : allOcrVariants()) {
            const OcrResult r = engine_->recognizeVariant(m, v);
            QVERIFY(r.ok());
            QCOMPARE(r.variant, ocrVariantName(v));
        }
        OcrSettings bad;
        bad.strategy = "magic";
        QVERIFY_THROWS_EXCEPTION(OcrError, OcrEngine{bad});
        OcrSettings lang;
        lang.languages = "xx-notalanguage";
        try {
            OcrEngine e(lang);
            QFAIL("missing language accepted");
        } catch (const OcrError& e) {
            QVERIFY2(e.message().contains("eng"), qPrintable(e.message())); // lists what is installed
        }
        QVERIFY(OcrEngine::installedLanguages().contains("eng"));
        QVERIFY(OcrEngine::tesseractVersion().startsWith("5."));
    }

    void unreadableFileIsAnError() {
        QTemporaryDir dir;
        testdata::writeFile(dir.filePath("x.jpg"), "not an image");
        const OcrResult r = engine_->recognizeFile(dir.filePath("x.jpg"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains("x.jpg"));
    }

    void datasetJobThreadsSkipsForceCancelsAndStores() {
        QTemporaryDir dir;
        QJsonArray recs;
        const QStringList captions = {"me before a phone call", "heart racing for no reason",
                                      "my brain at two am",     "it will not stop",
                                      "did i lock the door",    "worst case scenario again"};
        for (int i = 0; i < 6; ++i) {
            recs.append(testdata::axiomRecord(QString("TR-%1").arg(i), captions[i], "Nervousness"));
            const QImage img = MemeRenderer::render(
                spec(captions[i], "", MemeSpec::CaptionStyle::ImpactOutline, uint32_t(i)));
            testdata::writeFile(dir.filePath(QString("data/anxiety_train_image/TR-%1.jpg").arg(i)),
                                jpegOf(img));
        }
        recs.append(testdata::axiomRecord("TR-bad", "garbled", "Nervousness"));
        recs.append(testdata::axiomRecord("TR-noimg", "no image", "Nervousness"));
        // Passes the import's structural check (JPEG signature and end marker) but cannot be decoded.
        testdata::writeFile(dir.filePath("data/anxiety_train_image/TR-bad.jpg"),
                            QByteArray("\xFF\xD8\xFF\xE0") + QByteArray(500, 'x') + "\xFF\xD9");
        testdata::writeJson(dir.filePath("data/anxiety_train.json"), recs);
        auto store = ProjectStore::open(dir.filePath("p.memescope"));
        DatasetImporter::importPath(*store, dir.filePath("data"));

        OcrJobOptions o;
        o.threads = 2;
        int callbacks = 0;
        JobContext::Listener counting;
        counting.progress = [&](const JobProgress& p) {
            ++callbacks;
            QVERIFY(p.done <= p.total);
            QCOMPARE(p.detail.value<OcrJobProgress>().done, int(p.done));
        };
        OcrJobSummary s = OcrJob::run(*store, o, JobContext(counting));
        QCOMPARE(s.total, 7); // TR-noimg has no image
        QCOMPARE(s.processed, 7);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.threads, 2);
        QVERIFY(s.errors.first().startsWith("TR-bad: "));
        QVERIFY(callbacks >= 1);
        // The unreadable image is now known as such (text-only for models).
        QCOMPARE(SampleStore(*store).find("TR-bad")->imageStatus, ImageStatus::Corrupt);

        // Stored with engine, version and settings; words with boxes come back.
        OcrStore ocrStore(*store);
        QCOMPARE(ocrStore.count(), 7);
        const auto stored = ocrStore.load(SampleStore(*store).find("TR-2")->id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->engine, QString("tesseract"));
        QCOMPARE(stored->engineVersion, OcrEngine::tesseractVersion());
        QCOMPARE(QJsonDocument::fromJson(stored->settingsJson.toUtf8()).object().value("strategy").toString(),
                 QString("auto"));
        QVERIFY2(wordErrors(captions[2], stored->result.text).rate() <= 0.25,
                 qPrintable(stored->result.text));
        QVERIFY(!stored->result.words.isEmpty() && !stored->result.words.first().box.isEmpty());

        // Second run: everything already done.
        s = OcrJob::run(*store, o);
        QCOMPARE(s.skipped, 7);
        QCOMPARE(s.processed, 0);
        // Forced, cancelled after the first result: stops between images, keeps what finished.
        const JobContext job;
        JobContext::Listener cancelling;
        cancelling.progress = [&](const JobProgress&) { job.cancel(); };
        o.force = true;
        o.threads = 1;
        o.writeBatch = 1;
        s = OcrJob::run(*store, o, job.part(cancelling));
        QVERIFY(s.cancelled);
        QVERIFY(s.processed >= 1 && s.processed < 7);
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
