// What one run adds to a project: the stored outputs of a `seed`-size run (fused 1024 + text 768 + image 768
// embedding values per meme, 7 probabilities) on a RESTORE-size project of 9,600 memes, written through
// RunStore as training writes them (embeddings as half floats), against the same outputs in float32 (how
// runs were stored before) in the same run. Token attention maps are stored for at most 1,000 test memes
// (here: the `tiny` preset's 128 tokens x 50 patches, the largest a CPU run produces).
#include "core/store/ProjectStore.h"
#include "core/store/RunStore.h"
#include "core/store/SampleStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace memescope;

namespace {

qint64 projectBytes(const QString& path) {
    return QFileInfo(path).size() + QFileInfo(path + "-wal").size();
}

QVector<float> randomValues(QRandomGenerator& g, int n) {
    QVector<float> v(n);
    for (float& x : v)
        x = float(g.generateDouble() * 2 - 1);
    return v;
}

struct Written {
    double mb = 0, seconds = 0;
};

Written writeRun(const QString& path, bool half, int memes, int attentionMaps) {
    auto store = ProjectStore::open(path);
    QSqlQuery(store->db()).exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const qint64 before = projectBytes(path);
    QElapsedTimer clock;
    clock.start();
    RunStore runs(*store);
    const int64_t run =
        runs.createRun(half ? "half" : "float32", "/tmp/run", QJsonObject{{"preset", "seed"}});
    const QHash<QString, int64_t> ids = SampleStore(*store).idsBySampleId();
    QRandomGenerator g(7);
    QHash<int64_t, QVector<float>> probabilities;
    QHash<QString, QHash<int64_t, RunBlob>> blobs;
    int k = 0;
    for (auto it = ids.begin(); it != ids.end() && k < memes; ++it, ++k) {
        probabilities.insert(it.value(), randomValues(g, 7));
        blobs["embedding_fused"].insert(it.value(), RunBlob{{1024}, randomValues(g, 1024), half});
        blobs["embedding_text"].insert(it.value(), RunBlob{{768}, randomValues(g, 768), half});
        blobs["embedding_image"].insert(it.value(), RunBlob{{768}, randomValues(g, 768), half});
        if (k < attentionMaps)
            blobs["attention"].insert(it.value(), RunBlob{{128, 50}, randomValues(g, 128 * 50), half});
    }
    runs.putPredictions(run, probabilities);
    for (auto it = blobs.begin(); it != blobs.end(); ++it)
        runs.putBlobs(run, it.key(), it.value());
    QSqlQuery(store->db()).exec("PRAGMA wal_checkpoint(TRUNCATE)");
    Written w;
    w.seconds = double(clock.elapsed()) / 1000.0;
    w.mb = double(projectBytes(path) - before) / 1e6;
    return w;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int memes = 9600;
    QTemporaryDir tmp;
    const QString path = tmp.filePath("restore-size.memescope");
    {
        auto store = ProjectStore::open(path);
        store->setLabelSchema(LabelSchema::restore());
        QVector<SampleRecord> samples(memes);
        for (int i = 0; i < memes; ++i) {
            samples[i].sampleId = QStringLiteral("m%1").arg(i);
            samples[i].ocrText = QStringLiteral("caption %1").arg(i);
        }
        SampleStore(*store).insertSamples(samples, "bench", AnnotationOrigin::Dataset);
    }
    const Written f32 = writeRun(path, false, memes, 1000);
    const Written f16 = writeRun(path, true, memes, 1000);
    const Written seedCls =
        writeRun(path, true, memes, 0); // the seed preset's seed_cls fusion has no token maps
    std::printf(
        "Outputs of one `seed`-size run on %d memes (3 embeddings of 1024/768/768 values, 7 probabilities "
        "each; 1,000 attention maps of 128 x 50), written through RunStore into a project:\n\n",
        memes);
    std::printf("| stored as | project growth | write time |\n|---|---:|---:|\n");
    std::printf("| half floats (MemeScope now) | %.1f MB | %.2f s |\n", f16.mb, f16.seconds);
    std::printf("| float32 (peer: how runs were stored before) | %.1f MB | %.2f s |\n", f32.mb, f32.seconds);
    std::printf("| half floats, no attention maps (the seed preset's seed_cls fusion has none) | %.1f MB | "
                "%.2f s |\n",
                seedCls.mb, seedCls.seconds);
    const double payloadMb = (memes * 2560.0 * 2 + 1000 * 6400.0 * 2 + memes * 28.0) / 1e6;
    std::printf("\nratio %.2fx smaller; budget 100 MB per run: %s. Payload %.1f MB, the rest is SQLite's "
                "pages (a row "
                "over ~1 KB spills into a 4 KB overflow page).\n",
                f32.mb / f16.mb, f16.mb <= 100 ? "met" : "NOT met", payloadMb);
    return 0;
}
