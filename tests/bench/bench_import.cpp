// Import of 100,000 synthetic RESTORE-style records (each with an image file) and re-open of the
// project, against a plain Python json+sqlite3 peer doing the same work in the same run.
// Targets (issue #2): import <= 10 s, open <= 1 s on the 2-core machine.
#include "PeakRss.h"
#include "core/dataset/DatasetImporter.h"
#include "core/store/ProjectStore.h"
#include "core/store/SampleStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace memescope;

namespace {

void writeDataset(const QString& dir, int n) {
    const QStringList labels = LabelSchema::restore().names();
    QDir().mkpath(dir + "/depressive_image/train");
    QImage img(64, 64, QImage::Format_RGB32);
    img.fill(Qt::darkCyan);
    // ext4 allows 65,000 links per inode: spread them over 8 seed images.
    for (int k = 0; k < 8; ++k)
        img.save(dir + QStringLiteral("/seed%1.jpeg").arg(k), "JPG");
    QJsonArray records;
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("s%1").arg(i, 6, 10, QChar('0'));
        QJsonArray l{labels[i % 7]};
        if (i % 5 == 0) l.append(labels[(i + 3) % 7]);
        records.append(QJsonObject{
            {"sample_id", id},
            {"ocr_text", QStringLiteral("when you read meme number %1\nand it feels familiar").arg(i)},
            {"meme_depressive_categories", l}});
        // Hard links: 100,000 image files in a second, without 100,000 copies on disk.
        const QByteArray target = QFile::encodeName(dir + "/depressive_image/train/" + id + ".jpeg");
        if (::link(QFile::encodeName(dir + QStringLiteral("/seed%1.jpeg").arg(i % 8)).constData(),
                   target.constData()) != 0)
            qFatal("link failed");
    }
    QFile f(dir + "/depression_train.json");
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(records).toJson(QJsonDocument::Compact));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    std::printf("generating %d records with images...\n", n);
    writeDataset(dir.filePath("data"), n);

    QElapsedTimer t;
    t.start();
    int imported = 0;
    {
        auto store = ProjectStore::open(dir.filePath("bench.memescope"));
        ImportOptions o;
        JobContext::Listener stages;
        stages.message = [&](const QString& m) {
            std::printf("  %7.3f s  %s\n", t.nsecsElapsed() / 1e9, qPrintable(m));
        };
        const JobContext job(stages);
        imported = DatasetImporter::importPath(*store, dir.filePath("data"), o, job).imported;
    }
    const double importS = t.nsecsElapsed() / 1e9;

    t.restart();
    int loaded = 0;
    {
        auto store = ProjectStore::open(dir.filePath("bench.memescope"), ProjectStore::Mode::OpenExisting);
        const LabelSchema schema = store->labelSchema();
        loaded = int(SampleStore(*store).loadAll().size()) + schema.size() * 0;
    }
    const double openS = t.nsecsElapsed() / 1e9;
    if (imported != n || loaded != n) {
        std::fprintf(stderr, "wrong counts: imported %d, loaded %d\n", imported, loaded);
        return 1;
    }

    QProcess peer;
    peer.start("/usr/bin/python3", {QString(MEMESCOPE_BENCH_DIR) + "/peer_import.py", dir.filePath("data"),
                                    dir.filePath("peer.sqlite")});
    peer.waitForFinished(600000);
    const QStringList peerOut =
        QString::fromUtf8(peer.readAllStandardOutput()).split(' ', Qt::SkipEmptyParts);
    const double peerImport = peerOut.value(0).toDouble(), peerOpen = peerOut.value(1).toDouble();

    std::printf("\n| %d records | MemeScope (C++) | Python json+sqlite3 peer | peer/MemeScope | target |\n",
                n);
    std::printf("|---|---|---|---|---|\n");
    std::printf("| import (parse, validate, check images, write) | %.2f s | %.2f s | %.2fx | <= 10 s |\n",
                importS, peerImport, peerImport / importS);
    std::printf("| re-open (open, migrate check, load all rows) | %.3f s | %.3f s | %.2fx | <= 1 s |\n",
                openS, peerOpen, peerOpen / openS);
    std::printf("| peak RSS | %ld MB | | | |\n", peakRssMb());
    std::printf(
        "\nThe peer does less: no schema/type validation, no image integrity check, no import report.\n");
    return importS <= 10 && openS <= 1 ? 0 : 3;
}
