// Faithfulness of relevance maps: the measures on a constructed model whose answer depends on one known
// patch (deletion curves fall at once, AOPC beats a random order, the pointing game finds the patch), the
// perturbations the engine scores, the whole study on rendered memes with their truth, and the truth file.
#include "SmallTiny.h"
#include "core/analysis/FaithfulnessMeasures.h"
#include "core/demo/DemoTruth.h"
#include "core/demo/MemeRenderer.h"
#include "core/engine/FaithfulnessStudy.h"
#include "core/engine/ModelConfigJson.h"
#include "core/engine/ModelSession.h"
#include "core/store/LabelSchema.h"
#include "core/store/StoreError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace memescope;
namespace fm = memescope::faithfulness;

namespace {

QJsonObject tinyReadingWords() { // the narrowed tiny preset with the n-gram word encoder
    QJsonObject c = testdata::smallTiny();
    c["text_encoder"] = "ngram";
    return c;
}

// A model that answers from patch 17 of a 7 x 7 grid alone: p = 0.9 while it is visible, 0.1 once hidden
// (every other hidden patch takes 0.001 off, so the curve is not flat by accident).
float constructedModel(const QVector<int>& hidden) {
    float p = hidden.contains(17) ? 0.1f : 0.9f;
    for (const int h : hidden)
        if (h != 17) p -= 0.001f;
    return p;
}

QVector<float> curveOf(const QVector<int>& order) {
    QVector<float> curve{constructedModel({})};
    for (const QVector<int>& step : fm::deletionSteps(order))
        curve << constructedModel(step);
    return curve;
}

} // namespace

class TestFaithfulness : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void measuresOnAConstructedModel() {
        // Its faithful map: patch 17 first.
        QVector<float> relevance(49, 0.01f);
        relevance[17] = 1.f;
        relevance[3] = 0.5f;
        const QVector<int> order = fm::mostRelevantFirst(relevance);
        QCOMPARE(order.first(), 17);
        QCOMPARE(order[1], 3);
        // 10..50 % of 49 patches: 5, 10, 15, 20, 25.
        const QVector<QVector<int>> steps = fm::deletionSteps(order);
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps[0].size(), 5);
        QCOMPARE(steps[4].size(), 25);
        QCOMPARE(fm::countFor(0.1, 3), 1);
        QCOMPARE(fm::countFor(0.0, 3), 0);
        // The curve falls at once and never rises.
        const QVector<float> faithful = curveOf(order);
        QCOMPARE(faithful.size(), 6);
        QVERIFY(faithful[1] < 0.2f);
        for (int i = 1; i < faithful.size(); ++i)
            QVERIFY(faithful[i] <= faithful[i - 1]);
        // AOPC = mean of p0 - pk over k = 0..K, by hand for a short curve.
        QCOMPARE(fm::aopc({1.f, 0.5f, 0.5f}), 1.0 / 3.0);
        // The faithful map beats every random order's mean and the reverse order.
        double randomMean = 0;
        for (uint32_t seed = 0; seed < 50; ++seed)
            randomMean += fm::aopc(curveOf(fm::randomOrder(49, seed))) / 50;
        QVERIFY(fm::aopc(faithful) > randomMean + 0.2);
        QVector<int> reverse(order.rbegin(), order.rend());
        QVERIFY(fm::aopc(faithful) > fm::aopc(curveOf(reverse)));
        // A random order is a permutation, the same for a seed.
        QVector<int> r = fm::randomOrder(49, 5);
        QCOMPARE(r, fm::randomOrder(49, 5));
        std::sort(r.begin(), r.end());
        for (int i = 0; i < 49; ++i)
            QCOMPARE(r[i], i);
        // The pointing game on a 300 x 200 meme: the centre square is x 50..250; patch 17 is row 2, col 3.
        const QSize image(300, 200);
        const QRectF cell = fm::patchRect(17, 7, image);
        QVERIFY(std::abs(cell.x() - (50 + 3 * 200.0 / 7)) < 1e-9);
        QVERIFY(std::abs(cell.y() - 2 * 200.0 / 7) < 1e-9);
        const QRectF object = cell.adjusted(-5, -5, 5, 5);
        QVERIFY(fm::pointsInto(order.first(), 7, image, object));
        QVERIFY(!fm::pointsInto(0, 7, image, object));
        QCOMPARE(fm::chanceOfPointing(7, image, object), 1.0 / 49);
    }

    void perturbationsAreScoredByTheNetwork() {
        MemeSpec spec;
        spec.topText = "me at three am";
        spec.bottomText = "still wide awake";
        spec.motif = MemeSpec::Motif::MoonStars;
        const QString image = dir_.filePath("meme.png");
        QVERIFY(MemeRenderer::render(spec).save(image));
        auto session = ModelSession::create(modelConfigFromJson(tinyReadingWords()), {"a", "b", "c"}, false);
        const QString text = "me at three am still wide awake";
        QVector<int> all;
        for (int p = 0; p < 16; ++p)
            all << p;
        const QVector<float> p = session->classProbabilities(
            image, 1, {{text, {}}, {text, all}, {"me at", {}}, {text, {5}}}, /*batchSize=*/3);
        QCOMPARE(p.size(), 4);
        // Unperturbed: the prediction's probability (a new network has no TF-IDF part to blend).
        QVERIFY(std::abs(p[0] - session->predict(image, text).probabilities[1]) < 1e-5);
        QVERIFY(p[1] != p[0]); // the picture hidden
        QVERIFY(p[2] != p[0]); // words dropped
        QVERIFY(p[3] != p[0]); // one patch hidden
        QVERIFY_THROWS_EXCEPTION(Error, session->classProbabilities(image, 3, {{text, {}}}));
    }

    void theStudyRunsOnMemesWithTheirTruth() {
        const QStringList labels = LabelSchema::axiom().names();
        auto session = ModelSession::create(modelConfigFromJson(tinyReadingWords()), labels, false);
        QVector<FaithfulnessMeme> memes;
        for (int i = 0; i < 4; ++i) {
            MemeSpec spec;
            spec.topText = i % 2 ? "my heart races before every call" : "cannot stop the worry";
            spec.bottomText = "again and again";
            spec.motif = i % 2 ? MemeSpec::Motif::SweatyFace : MemeSpec::Motif::ThoughtCloud;
            spec.seed = uint32_t(i);
            QRectF box;
            const QImage picture = MemeRenderer::render(spec, MemeRenderer::layoutCaptions(spec), &box);
            QVERIFY(box.width() > 10 && box.height() > 10);
            QVERIFY(QRectF(picture.rect()).contains(box));
            FaithfulnessMeme m;
            m.sampleId = QStringLiteral("M-%1").arg(i);
            m.imagePath = dir_.filePath(m.sampleId + ".png");
            QVERIFY(picture.save(m.imagePath));
            m.text = spec.topText + ' ' + spec.bottomText;
            m.labels = {labels[i % 2 ? 0 : 2]};
            DemoMemeTruth t;
            t.motifLabel = labels[i % 2 ? 0 : 2];
            t.motifBox = box;
            t.labelWords.insert(m.labels[0], {i % 2 ? "heart" : "worry"});
            m.truth = t;
            memes << m;
        }
        memes << FaithfulnessMeme{"T-0", {}, "only words here", {labels[1]}, std::nullopt}; // text only
        int reports = 0;
        const FaithfulnessTable table =
            measureFaithfulness(*session, memes, {}, JobContext({[&](const JobProgress&) { ++reports; }}));
        QVERIFY(reports >= 5);
        QCOMPARE(table.memes, 5);
        QCOMPARE(table.withTruth, 4);
        QCOMPARE(table.rows.size(), 4);
        QCOMPARE(table.rows.last().method, QString("random"));
        QCOMPARE(table.rows[1].method, QString("relevance"));
        for (const FaithfulnessRow& r : table.rows) {
            QCOMPARE(r.imageAopc.memes, 4); // the text-only meme has no picture to delete from
            // Raw attention needs a picture: the text-only meme is a failure, named among the problems.
            QCOMPARE(r.textAopc.memes, r.method == QLatin1String("attention") ? 4 : 5);
            QCOMPARE(r.failures, r.method == QLatin1String("attention") ? 1 : 0);
            QCOMPARE(r.motifHits.memes, 4);
            QCOMPARE(r.wordHits.memes, 4);
            QVERIFY(std::isfinite(r.imageAopc.value) && std::isfinite(r.textAopc.value));
            QVERIFY(r.motifHits.value >= 0 && r.motifHits.value <= 1);
            QVERIFY(!r.imageAopc.hasInterval); // 4 memes: too few for an interval, said
            QVERIFY(!r.imageAopc.reason.isEmpty());
            QCOMPARE(r.imageCurve.size(), 6);
        }
        QCOMPARE(table.contrasts.size(), 2);
        QVERIFY(!table.problems.isEmpty() && table.problems.first().startsWith("Raw attention"));
        const QJsonObject json = table.toJson();
        QCOMPARE(json["methods"].toArray().size(), 4);
        QCOMPARE(json["deletion_fractions"].toArray().size(), 6);
        const QString text = table.toText();
        QVERIFY(text.contains("Integrated gradients"));
        QVERIFY(text.contains("Random order"));
        // Cancelled at once: nothing measured, said.
        JobContext stop;
        stop.cancel();
        QVERIFY(measureFaithfulness(*session, memes, {}, stop).cancelled);
    }

    void readsTheDemoTruthAndNamesBadFiles() {
        const QString path = dir_.filePath("demo_truth.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(
                    QJsonObject{{"memes",
                                 QJsonObject{{"TR-1", QJsonObject{{"motif_label", "Nervousness"},
                                                                  {"motif_box", QJsonArray{1, 2, 30, 40}},
                                                                  {"label_words",
                                                                   QJsonObject{{"Nervousness",
                                                                                QJsonArray{"Shaking"}}}}}}}}})
                    .toJson());
        f.close();
        const auto truth = readDemoTruth(path);
        QCOMPARE(truth.size(), 1);
        QCOMPARE(truth["TR-1"].motifBox, QRectF(1, 2, 30, 40));
        QCOMPARE(truth["TR-1"].labelWords["Nervousness"], QStringList{"shaking"});
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"memes\": {\"TR-1\": {\"motif_label\": \"x\"}}}");
        f.close();
        try {
            readDemoTruth(path);
            QFAIL("a record without its box was read");
        } catch (const StoreError& e) {
            QVERIFY(e.message().contains(path) && e.message().contains("motif_box"));
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, readDemoTruth(dir_.filePath("missing.json")));
    }
};

QTEST_MAIN(TestFaithfulness)
#include "tst_faithfulness.moc"
