// The torch-free model facade: create a tiny model, predict a demo meme (probabilities, attention usable
// as a heatmap over the image for a word and over the words for a region), save/load, errors.
#include "SmallTiny.h"
#include "core/demo/MemeRenderer.h"
#include "core/engine/ModelConfigJson.h"
#include "core/engine/ModelSession.h"
#include "core/imaging/Heatmap.h"
#include "core/store/LabelSchema.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace memescope;

namespace {

using testdata::smallTiny;

} // namespace

class TestModelSession : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString image_;

private Q_SLOTS:
    void initTestCase() {
        MemeSpec s;
        s.topText = "me at three am";
        s.bottomText = "still wide awake";
        s.motif = MemeSpec::Motif::MoonStars;
        s.primary = QColor(40, 40, 90);
        s.secondary = QColor(10, 10, 40);
        image_ = dir_.filePath("meme.jpg");
        QVERIFY(MemeRenderer::render(s).save(image_, "JPG"));
    }

    void predictsWithAttentionForHeatmaps() {
        QJsonObject cfg = smallTiny();
        cfg["text_encoder"] = "ngram";
        auto session = ModelSession::create(modelConfigFromJson(cfg), {"a", "b", "c"}, false);
        QVERIFY(session->parameterCount() > 1000);
        QVERIFY(session->deviceDescription().startsWith("CPU") ||
                session->deviceDescription().startsWith("CUDA"));
        const MemePrediction p = session->predict(image_, "ME AT THREE AM still wide awake");
        QCOMPARE(p.probabilities.size(), 3);
        float sum = 0;
        for (float v : p.probabilities)
            sum += v;
        QVERIFY(qAbs(sum - 1.f) < 1e-4);
        QCOMPARE(p.predicted.size(), 1);
        QCOMPARE(p.units, (QStringList{"me", "at", "three", "am", "still", "wide", "awake"}));
        QVERIFY(p.hasImage && p.hasAttention());
        QCOMPARE(p.gridSide, 4);
        QCOMPARE(p.layers, 2);
        QCOMPARE(p.gates.size(), 4);
        // A word's heatmap over the 4 x 4 patches: a distribution, drawable over the meme.
        const QVector<float> grid = p.patchAttentionForUnit(2);
        QCOMPARE(grid.size(), 16);
        float gs = 0;
        for (float v : grid)
            gs += v;
        QVERIFY(qAbs(gs - 1.f) < 1e-4);
        const QImage overlay = Heatmap::overlay(QImage(image_), grid, 4, 4, 0.6);
        QCOMPARE(overlay.size(), QImage(image_).size());
        // And a region's weights over the words.
        const QVector<float> words = p.unitAttentionForPatches({0, 1, 4, 5});
        QCOMPARE(words.size(), 7);
        float ws = 0;
        for (float v : words)
            ws += v;
        QVERIFY(qAbs(ws - 1.f) < 1e-4);
        QVERIFY(p.patchAttentionForUnit(99).isEmpty());
        // Text-only when there is no image.
        const MemePrediction t = session->predict(QString(), "just text");
        QVERIFY(!t.hasImage && !t.hasAttention());
        QCOMPARE(t.probabilities.size(), 3);
    }

    void tinyLearnsItsTokenizerFromTheProjectTexts() {
        QJsonObject cfg = smallTiny();
        cfg["text_encoder"] = "roberta";
        cfg["roberta"] = QJsonObject{{"vocab_size", 600},       {"hidden_size", 32},
                                     {"num_hidden_layers", 2},  {"num_attention_heads", 2},
                                     {"intermediate_size", 64}, {"max_position_embeddings", 130}};
        QStringList texts;
        for (int i = 0; i < 50; ++i)
            texts << "me at three am"
                  << "still wide awake again" << QString("counting sheep %1").arg(i);
        auto session = ModelSession::create(modelConfigFromJson(cfg), {"a", "b"}, false, texts);
        QVERIFY(session->config().textEncoder == ml::TextEncoderKind::Roberta);
        const int vocab = int(session->config().roberta.vocabSize);
        QVERIFY2(vocab > 261 && vocab <= 600,
                 qPrintable(QString::number(vocab))); // learned, not the full 50k
        const MemePrediction p = session->predict(image_, "me at three am");
        QCOMPARE(p.units.first(), QString("<s>"));
        QVERIFY(p.units.contains(" three") || p.units.contains(" am"));
        QVERIFY(p.hasAttention());
        // The words a reader sees: pieces joined (an unseen word and an emoji come in several), no <s>.
        const QString cry = QString::fromUtf8("\xF0\x9F\x98\xAD");
        const MemePrediction q = session->predict(image_, "me at three am " + cry + " unbelievably");
        QStringList words;
        int pieces = 0;
        for (const CaptionWord& w : q.words) {
            words << w.text;
            pieces += int(w.units.size());
        }
        QCOMPARE(words, (QStringList{"me", "at", "three", "am", cry, "unbelievably"}));
        QVERIFY2(pieces > words.size(), "the rare word and the emoji should come in several pieces");
        QCOMPARE(q.patchAttentionForWord(5).size(), q.gridSide * q.gridSide);
        // Saved with its tokenizer: reloads and predicts the same.
        session->save(dir_.filePath("tiny-bpe"));
        QVERIFY(QFile::exists(dir_.filePath("tiny-bpe/vocab.json")));
        auto again = ModelSession::load(dir_.filePath("tiny-bpe"));
        QVERIFY(qAbs(again->predict(image_, "me at three am").probabilities[0] - p.probabilities[0]) < 1e-6);
    }

    void savesAndReloads() {
        QJsonObject cfg = smallTiny();
        cfg["text_encoder"] = "ngram";
        auto session = ModelSession::create(modelConfigFromJson(cfg), {"x", "y"}, true);
        const MemePrediction before = session->predict(image_, "hello there");
        session->save(dir_.filePath("model"));
        auto again = ModelSession::load(dir_.filePath("model"));
        QCOMPARE(again->labelNames(), (QStringList{"x", "y"}));
        QVERIFY(again->multiLabel());
        const MemePrediction after = again->predict(image_, "hello there");
        for (int i = 0; i < 2; ++i)
            QVERIFY(qAbs(after.probabilities[i] - before.probabilities[i]) < 1e-6);
    }

    void theTypedConfigCrossesTheJsonBoundaryUnchanged() {
        // A CLI run stored only its overrides, a GUI run the whole config: both resolve to the same settings.
        const ml::ModelConfig fromOverrides = modelConfigFromJson({{"preset", "tiny"}, {"epochs", 3}});
        ml::ModelConfig whole = ml::ModelConfig::tiny();
        whole.epochs = 3;
        const ml::ModelConfig fromWhole = modelConfigFromJson(modelConfigToJson(whole));
        QCOMPARE(modelConfigSettings(fromOverrides), modelConfigSettings(fromWhole));
        QCOMPARE(modelConfigSettings(fromWhole).value("epochs"), QString("3"));
        QCOMPARE(modelConfigSettings(fromWhole).value("clip.hidden_size"), QString("256"));
        whole.fusion = ml::FusionKind::Concat;
        QCOMPARE(modelConfigSettings(whole).value("fusion"), QString("concat"));
        QVERIFY(modelConfigSettings(whole) != modelConfigSettings(fromWhole));
        // The project's labels go in once, validated.
        ml::ModelConfig labelled = ml::ModelConfig::tiny();
        applyLabels(labelled, LabelSchema::axiom());
        QCOMPARE(labelled.numLabels, int64_t(6));
        QVERIFY(!labelled.multiLabel);
        labelled.topK = 9; // more than the experts
        try {
            applyLabels(labelled, LabelSchema::axiom());
            QFAIL("an invalid config passed");
        } catch (const EngineError& e) {
            QVERIFY2(e.message().contains("'top_k'"), qPrintable(e.message()));
        }
    }

    void errorsNameTheProblem() {
        try {
            ModelSession::load(dir_.filePath("nothing"));
            QFAIL("loaded a missing directory");
        } catch (const EngineError& e) {
            QVERIFY2(e.message().contains("config.json: missing"), qPrintable(e.message()));
        }
        try {
            ModelSession::create(modelConfigFromJson({{"preset", "tiny"}, {"fusion", "glue"}}), {"a"}, false);
            QFAIL("accepted a bad config");
        } catch (const EngineError& e) {
            QVERIFY2(e.message().contains("'fusion'"), qPrintable(e.message()));
        }
        try {
            ModelSession::create(modelConfigFromJson({{"preset", "tiny"}, {"text_encoder", "roberta"}}),
                                 {"a"}, false);
            QFAIL("RoBERTa without tokenizer");
        } catch (const EngineError& e) {
            QVERIFY2(e.message().contains("tokenizer"), qPrintable(e.message()));
        }
    }
};

QTEST_MAIN(TestModelSession)
#include "tst_model_session.moc"
