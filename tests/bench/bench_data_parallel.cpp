// Data-parallel training on this machine: samples/s of the `tiny` model over the same epochs of a project, as
//   1 process x 1 thread, 1 process x 2 threads (OMP_NUM_THREADS), 2 processes x 1 thread (--nproc 2,
//   c10d/Gloo over loopback). The global batch is the same in every row (2 ranks take half each).
// The throughput is the trainer's (training steps only; the final scoring of every meme is rank 0's alone).
// Also per epoch (rank 0): seconds spent summing gradients across ranks and in the optimizer (zeroing,
// clipping, AdamW), which every rank repeats.
// The peer, in the same run: PyTorch's own DistributedDataParallel (peer_data_parallel.py: 1 process vs 2 x 1
// thread on a similar model) and the machine's ceiling (matrix products in 1 process vs 2 at once).
// usage: bench_data_parallel PROJECT.memescope [EPOCHS] [quick]   (the demo: scripts/run-demo.sh)
//   quick: leaves out the 1 process x 2 threads row
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace {

struct Row {
    const char* what;
    int processes, threads;
    double samplesPerSecond = 0, seconds = 0, dataWait = 0, sync = 0, optimizer = 0;
    QString error;
};

void run(Row& row, const QString& project, const QString& out, int epochs) {
    const int perRank = 16 / row.processes; // the global batch stays 16
    const QJsonObject config{{"preset", "tiny"}, {"batch_size", perRank}, {"wide", "off"}};
    QStringList args = {"train",
                        "--project",
                        project,
                        "--out",
                        out,
                        "--epochs",
                        QString::number(epochs),
                        "--config",
                        QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                        "--threads",
                        "1",
                        "--json"};
    if (row.processes > 1) args << "--nproc" << QString::number(row.processes);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("OMP_NUM_THREADS", QString::number(row.threads));
    p.setProcessEnvironment(env);
    p.start(MEMESCOPE_CLI_PATH, args);
    p.waitForFinished(-1);
    const QByteArray last = p.readAllStandardOutput().trimmed().split('\n').last();
    const QJsonObject result = QJsonDocument::fromJson(last).object();
    if (p.exitCode() != 0 || result.isEmpty()) {
        row.error = QString::fromUtf8(p.readAllStandardError().right(400));
        return;
    }
    double seconds = 0, samples = 0, wait = 0;
    for (const QJsonValue& e : result.value("history").toArray()) {
        const QJsonObject o = e.toObject();
        seconds += o.value("seconds").toDouble();
        samples += o.value("samples_per_second").toDouble() * o.value("seconds").toDouble();
        wait += o.value("data_wait_share").toDouble() * o.value("seconds").toDouble();
        row.sync += o.value("sync_seconds").toDouble();
        row.optimizer += o.value("optimizer_seconds").toDouble();
    }
    row.seconds = seconds;
    row.dataWait = seconds > 0 ? wait / seconds : 0;
    row.samplesPerSecond = seconds > 0 ? samples / seconds : 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_data_parallel PROJECT.memescope [EPOCHS]\n");
        return 1;
    }
    const QString project = QString::fromLocal8Bit(argv[1]);
    const int epochs = argc > 2 ? std::atoi(argv[2]) : 1;
    QTemporaryDir tmp;
    Row rows[] = {
        {"1 process x 1 thread", 1, 1}, {"1 process x 2 threads", 1, 2}, {"2 processes x 1 thread", 2, 1}};
    const bool quick = argc > 3 && QByteArray(argv[3]) == "quick";
    for (Row& r : rows)
        if (!quick || r.processes > 1 || r.threads == 1)
            run(r, project, tmp.filePath(QString::number(r.processes) + "x" + QString::number(r.threads)),
                epochs);
    std::printf("tiny preset, %d epoch(s), global batch 16, %d cores\n\n", epochs,
                QThread::idealThreadCount());
    std::printf("| setting | samples/s | epoch seconds | summing gradients s/epoch | optimizer s/epoch | "
                "rank 0 waiting "
                "for data | vs 1 process x 1 thread |\n"
                "|---|---|---|---|---|---|---|\n");
    for (const Row& r : rows) {
        if (!r.error.isEmpty()) {
            std::printf("| %s | failed: %s | | | | | |\n", r.what, qPrintable(r.error.simplified()));
            continue;
        }
        if (r.seconds == 0) continue; // left out (quick)
        std::printf("| %s | %.1f | %.1f | %.2f | %.2f | %.0f %% | %.2fx |\n", r.what, r.samplesPerSecond,
                    r.seconds / epochs, r.sync / epochs, r.optimizer / epochs, 100 * r.dataWait,
                    rows[0].samplesPerSecond > 0 ? r.samplesPerSecond / rows[0].samplesPerSecond : 0);
    }
    // The peer: what PyTorch's DDP and plain matrix products gain from a second process on this machine.
    QProcess peer;
    peer.setWorkingDirectory(MEMESCOPE_BENCH_DIR);
    peer.start("/usr/bin/python3", {"peer_data_parallel.py", "10"});
    peer.waitForFinished(-1);
    QHash<QString, double> peerFigures; // "ddp 1" -> samples/s, "matmul 2" -> GFLOP/s
    QByteArray version;
    for (const QByteArray& line : peer.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() == 2 && f[0] == "torch") version = f[1];
        if (f.size() == 3) peerFigures[QString::fromUtf8(f[0] + ' ' + f[1])] = f[2].toDouble();
    }
    if (peerFigures.size() < 4) {
        std::printf("\npeer failed: %s\n", peer.readAllStandardError().right(400).constData());
        return 0;
    }
    std::printf(
        "\nPeer, same run (PyTorch %s):\n\n| peer | 1 process x 1 thread | 2 processes x 1 thread | ratio |\n"
        "|---|---|---|---|\n",
        version.constData());
    std::printf(
        "| DistributedDataParallel (Gloo), tiny model with RoBERTa-style text, samples/s | %.1f | %.1f | "
        "%.2fx |\n",
        peerFigures["ddp 1"], peerFigures["ddp 2"], peerFigures["ddp 2"] / peerFigures["ddp 1"]);
    std::printf("| 512x512 matrix products, GFLOP/s (summed over the processes) | %.1f | %.1f | %.2fx |\n",
                peerFigures["matmul 1"], peerFigures["matmul 2"],
                peerFigures["matmul 2"] / peerFigures["matmul 1"]);
    return 0;
}
