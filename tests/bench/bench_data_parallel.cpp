// Data-parallel training on this machine: samples/s of the `tiny` model over the same epochs of a project, as
//   1 process x 1 thread, 1 process x 2 threads (OMP_NUM_THREADS), 2 processes x 1 thread (--nproc 2,
//   c10d/Gloo over loopback). The global batch is the same in every row (2 ranks take half each).
// The throughput is the trainer's (training steps only; the final scoring of every meme is rank 0's alone).
// usage: bench_data_parallel PROJECT.memescope [EPOCHS]   (the demo: scripts/run-demo.sh)
#include <QCoreApplication>
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
    double samplesPerSecond = 0, seconds = 0, dataWait = 0;
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
    for (Row& r : rows)
        run(r, project, tmp.filePath(QString::number(r.processes) + "x" + QString::number(r.threads)),
            epochs);
    std::printf("tiny preset, %d epoch(s), global batch 16, %d cores\n\n", epochs,
                QThread::idealThreadCount());
    std::printf(
        "| setting | samples/s | epoch seconds | rank 0 waiting for data | vs 1 process x 1 thread |\n"
        "|---|---|---|---|---|\n");
    for (const Row& r : rows) {
        if (!r.error.isEmpty()) {
            std::printf("| %s | failed: %s | | | |\n", r.what, qPrintable(r.error.simplified()));
            continue;
        }
        std::printf("| %s | %.1f | %.1f | %.0f %% | %.2fx |\n", r.what, r.samplesPerSecond,
                    r.seconds / epochs, 100 * r.dataWait,
                    rows[0].samplesPerSecond > 0 ? r.samplesPerSecond / rows[0].samplesPerSecond : 0);
    }
    return 0;
}
