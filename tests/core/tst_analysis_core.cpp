// Core analysis without widgets: a run's stored summary read back typed, model pieces joined into caption
// words, and the 2-D projections of embeddings (PCA, t-SNE). Moved out of the GUI test binary so that core
// logic is tested from a core test binary.
#include "core/analysis/CaptionWords.h"
#include "core/analysis/EmbeddingProjection.h"
#include "core/analysis/EvaluationReport.h"
#include "core/analysis/RunSummary.h"
#include "core/store/LabelSchema.h"

#include <QJsonArray>
#include <QtTest>
#include <cmath>

using namespace memescope;

class TestAnalysisCore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runSummaryReadsWhatTrainingWrote() {
        const LabelSchema schema = LabelSchema::restore();
        const SplitEvaluation test = evaluateProbabilities(
            "test", {{0.9f, 0.1f, 0.7f, 0, 0, 0, 0}, {0.2f, 0.8f, 0, 0, 0, 0, 0.6f}}, {{0, 2}, {1}}, schema);
        const QJsonObject summary{
            {"best_epoch", 3},
            {"seconds", 12.5},
            {"device", "CPU"},
            {"history", QJsonArray{QJsonObject{}, QJsonObject{}, QJsonObject{}, QJsonObject{}}},
            {"val", test.toJson()},
            {"test", test.toJson()},
            {"thresholds", QJsonArray{0.3, 0.5}}};
        const RunSummary r = RunSummary::fromJson(summary);
        QCOMPARE(r.bestEpoch, 3);
        QCOMPARE(r.epochs, 4);
        QCOMPARE(r.device, QString("CPU"));
        QCOMPARE(r.thresholds, (QVector<float>{0.3f, 0.5f}));
        QCOMPARE(r.test.macroF1, test.macroF1);
        QCOMPARE(r.test.samples, 2);
        QCOMPARE(r.test.perClass.size(), 7);
        QCOMPARE(r.test.perClass[6].support, qint64(0));
        QCOMPARE(r.test.confusion, test.confusion);
        QCOMPARE(r.test.perLabelConfusion, test.perLabelConfusion);
        QCOMPARE(r.test.toJson(), test.toJson()); // read back exactly what was written
    }

    void captionWordsJoinSubWordPieces() {
        // RoBERTa's pieces of "me at 3am\nhurt 😭" (the emoji's four bytes cut across two pieces).
        const QByteArray cry("\xF0\x9F\x98\xAD");
        const QList<QByteArray> pieces{
            "<s>", "me", " at", " 3", "am", "\n", "h", "urt", " " + cry.left(2), cry.mid(2), "</s>", "<pad>"};
        const QVector<CaptionWord> words = wordsFromPieces(pieces);
        QStringList texts;
        for (const CaptionWord& w : words)
            texts << w.text;
        QCOMPARE(texts, (QStringList{"me", "at", "3am", "hurt", QString::fromUtf8(cry)}));
        QCOMPARE(words[2].units, (QVector<int>{3, 4}));
        QCOMPARE(words[3].units, (QVector<int>{6, 7}));
        QCOMPARE(words[4].units, (QVector<int>{8, 9}));
        // n-gram units are words already.
        QCOMPARE(wordsFromWordUnits({"still", "awake"}).size(), 2);
    }

    void pcaFindsTheMainDirections() {
        // Points spread along (1, 2, 0) with a little spread along (0, 0, 1): the first coordinate carries
        // the line, the second the small spread, and projections keep the order along the line.
        QVector<QVector<float>> rows;
        for (int i = 0; i < 20; ++i)
            rows << QVector<float>{float(i), float(2 * i), float((i % 2) * 0.1)};
        const QVector<QPointF> p = pcaProject(rows);
        QCOMPARE(p.size(), 20);
        const double spreadX = std::abs(p[19].x() - p[0].x()), spreadY = std::abs(p[1].y() - p[0].y());
        QVERIFY(std::abs(spreadX - std::sqrt(5.0) * 19) < 1e-3);
        QVERIFY(std::abs(spreadY - 0.1) < 1e-3);
        QVERIFY((p[1].x() - p[0].x()) * (p[19].x() - p[0].x()) > 0);
    }

    void tsneKeepsClustersApart() {
        // Three tight clusters far apart in 5-D stay three groups in 2-D: every point is nearer to its own
        // cluster's points than to any other cluster's.
        QVector<QVector<float>> rows;
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 12; ++i) {
                QVector<float> v(5, 0.f);
                v[c] = 10.f;
                v[3] = 0.1f * float(i % 4);
                v[4] = 0.1f * float(i / 4);
                rows << v;
            }
        const QVector<QPointF> p = tsneProject(rows, 5, 300);
        QCOMPARE(p.size(), 36);
        auto dist = [&](int a, int b) { return std::hypot(p[a].x() - p[b].x(), p[a].y() - p[b].y()); };
        for (int a = 0; a < 36; ++a) {
            double within = 0, across = 1e300;
            for (int b = 0; b < 36; ++b) {
                if (a == b) continue;
                if (a / 12 == b / 12)
                    within = std::max(within, dist(a, b));
                else
                    across = std::min(across, dist(a, b));
            }
            QVERIFY2(within < across,
                     qPrintable(QStringLiteral("point %1: %2 vs %3").arg(a).arg(within).arg(across)));
        }
        QCOMPARE(tsneProject(rows, 5, 300), p); // deterministic
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCore)
#include "tst_analysis_core.moc"
