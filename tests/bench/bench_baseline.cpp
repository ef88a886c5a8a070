// The TF-IDF + logistic regression baseline against scikit-learn's standard pipeline (peer_baseline.py,
// python3-sklearn) on the same train / validation / test texts of the demo datasets, in the same run: the
// C each chose on validation, test macro-F1 (goal: within 0.01 of scikit-learn) and wall time.
//   bench_baseline DEMO_DIR      (DEMO_DIR written by `memescope-cli demo --out DEMO_DIR`)
#include "core/baseline/TfidfLogisticRegression.h"
#include "core/metrics/ThresholdTuning.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>

using memescope::baseline::TfidfLogisticRegression;

namespace {

struct Split {
    std::vector<std::string> texts;
    std::vector<std::vector<int>> labels;
};

const QStringList kAxiom = {"Nervousness",         "Lack of Worry Control", "Excessive Worry",
                            "Difficulty Relaxing", "Restlessness",          "Impending Doom"};
const QStringList kRestore = {"Lack of Interest",  "Feeling Down",    "Eating Disorder",
                              "Sleeping Disorder", "Low Self-Esteem", "Concentration Problem",
                              "Self-Harm"};

// Records whose labels are all known and present (the demo's broken-on-purpose ones are left out).
Split readRecords(const QString& path, bool restore) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: cannot read\n", qPrintable(path));
        std::exit(1);
    }
    Split s;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        QStringList names;
        if (restore)
            for (const QJsonValue& l : o.value("meme_depressive_categories").toArray())
                names << l.toString();
        else
            names << o.value("meme_anxiety_category").toString();
        std::vector<int> labels;
        bool ok = !names.isEmpty();
        for (const QString& n : names) {
            const int i = int((restore ? kRestore : kAxiom).indexOf(n));
            ok = ok && i >= 0;
            labels.push_back(i);
        }
        if (!ok) continue;
        s.texts.push_back(o.value("ocr_text").toString().toStdString());
        s.labels.push_back(labels);
    }
    return s;
}

QJsonArray toJson(const Split& s) {
    QJsonArray a;
    for (size_t i = 0; i < s.texts.size(); ++i) {
        QJsonArray labels;
        for (int l : s.labels[i])
            labels.append(l);
        a.append(QJsonArray{QString::fromStdString(s.texts[i]), labels});
    }
    return a;
}

void compare(const char* name, const Split& train, const Split& val, const Split& test, bool multi, int k) {
    const auto t0 = std::chrono::steady_clock::now();
    TfidfLogisticRegression lr;
    const auto fit = lr.fitSelectingC(train.texts, train.labels, val.texts, val.labels, k, multi);
    const double ours = memescope::metrics::macroF1(lr.predictProba(test.texts),
                                                    memescope::metrics::labelIndicators(test.labels, k),
                                                    multi, lr.thresholds());
    const double oursSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    QTemporaryDir dir;
    QFile f(dir.filePath("splits.json"));
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(QJsonObject{{"multi_label", multi},
                                      {"num_labels", k},
                                      {"train", toJson(train)},
                                      {"val", toJson(val)},
                                      {"test", toJson(test)}})
                .toJson(QJsonDocument::Compact));
    f.close();
    QProcess peer;
    peer.start("/usr/bin/python3", {QStringLiteral(MEMESCOPE_BENCH_DIR "/peer_baseline.py"), f.fileName()});
    peer.waitForFinished(-1);
    const QJsonObject p =
        QJsonDocument::fromJson(peer.readAllStandardOutput().trimmed().split('\n').last()).object();
    if (p.isEmpty()) {
        std::printf("| %s | (scikit-learn peer failed: %s) |\n", name,
                    peer.readAllStandardError().constData());
        return;
    }
    const double theirs = p.value("test_macro_f1").toDouble();
    std::printf(
        "| %s | %zu / %zu / %zu | %g / %g | %zu / %d | %.3f / %.3f | %.3f / %.3f | %+.3f | %.1f / %.1f "
        "| %.2f |\n",
        name, train.texts.size(), val.texts.size(), test.texts.size(), fit.c, p.value("c").toDouble(),
        lr.featureCount(), p.value("features").toInt(), fit.validationMacroF1,
        p.value("val_macro_f1").toDouble(), ours, theirs, ours - theirs, oursSeconds,
        p.value("seconds").toDouble(), p.value("seconds").toDouble() / oursSeconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: bench_baseline DEMO_DIR   (written by `memescope-cli demo --out DEMO_DIR`)\n");
        return 1;
    }
    const QString dir = argv[1];
    std::printf(
        "TF-IDF (word 1-2 + char_wb 2-5, sublinear tf, min_df 2) + logistic regression, C from {0.1, 0.3, "
        "1, 3, 10, 30} on validation, multi-label thresholds tuned there: MemeScope / scikit-learn %s on "
        "the same splits (AxiOM-style: validation = every 8th train record).\n\n",
        "1.2 (Debian)");
    std::printf(
        "| demo set | train / val / test memes | C chosen | features | val macro-F1 | test macro-F1 | "
        "difference | seconds | speed ratio |\n|---|---|---|---|---|---|---|---|---|\n");
    const Split axiomAll = readRecords(dir + "/axiom/anxiety_train.json", false);
    Split train, val;
    for (size_t i = 0; i < axiomAll.texts.size(); ++i) {
        Split& to = i % 8 == 7 ? val : train;
        to.texts.push_back(axiomAll.texts[i]);
        to.labels.push_back(axiomAll.labels[i]);
    }
    compare("AxiOM-style", train, val, readRecords(dir + "/axiom/anxiety_test.json", false), false, 6);
    compare("RESTORE-style", readRecords(dir + "/restore/depression_train.json", true),
            readRecords(dir + "/restore/depression_val.json", true),
            readRecords(dir + "/restore/depression_test.json", true), true, 7);
    return 0;
}
