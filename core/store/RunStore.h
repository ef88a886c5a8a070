#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>
#include <optional>

namespace memescope {

class ProjectStore;

// One training run (or baseline fit) as the project remembers it.
// Where a run (or an ablation study) stands; stored as its name (created, running, ...).
enum class RunStatus { Created, Running, Finished, Cancelled, Failed };
QString runStatusToString(RunStatus status);
RunStatus runStatusFromString(const QString& text); // unknown text: Created (never taken for finished)

struct RunRecord {
    int64_t id = 0;
    QString name, runDir;
    RunStatus status = RunStatus::Created;
    QJsonObject config, summary;
    QString checkpointPath, createdAt;
    int64_t ablation = 0; // 0 = not part of an ablation study
    QStringList tags;     // the researcher's, trimmed, unique, in the order given
    QString note;         // the researcher's free text about the run
};

// A named float array attached to a run and a sample (embeddings, attention maps).
struct RunBlob {
    QVector<int64_t> shape;
    QVector<float> data;
    // Stored as IEEE half (embeddings, attention maps: 3 significant digits are plenty and halve the
    // project's growth). Read back by size: 2 bytes per element of the shape means half.
    bool half = false;
};

// Runs, their per-epoch metrics, per-sample probabilities and analysis blobs. Probabilities and blobs are
// stored as little-endian float32 arrays; bulk writes are one transaction each.
class RunStore {
public:
    explicit RunStore(ProjectStore& store)
        : store_(store) {}

    int64_t createRun(const QString& name, const QString& runDir, const QJsonObject& config,
                      int64_t ablation = 0);
    // The newest run that trains into `runDir` (0 when none).
    int64_t findByDir(const QString& runDir);
    void setStatus(int64_t run, RunStatus status);
    void setSummary(int64_t run, const QJsonObject& summary, const QString& checkpointPath);
    void setConfig(int64_t run, const QJsonObject& config);
    // The researcher's tags (trimmed; empty and repeated ones dropped) and note, replacing the earlier ones.
    void setTagsAndNote(int64_t run, const QStringList& tags, const QString& note);
    // Replaces the record of that epoch (a resumed run rewrites the epochs it redoes).
    void putEpoch(int64_t run, int epoch, const QJsonObject& metrics);
    QVector<QJsonObject> epochs(int64_t run);
    QVector<RunRecord> runs();
    RunRecord run(int64_t id); // throws StoreError when unknown
    void deleteRun(int64_t id);

    // Replaces all predictions of the run: sample row id -> probabilities per label.
    void putPredictions(int64_t run, const QHash<int64_t, QVector<float>>& probabilities);
    // Adds or replaces the predictions of some samples (e.g. memes added after training).
    void addPredictions(int64_t run, const QHash<int64_t, QVector<float>>& probabilities);
    QHash<int64_t, QVector<float>> predictions(int64_t run);
    // Replaces the blobs of `kind` for the given samples.
    void putBlobs(int64_t run, const QString& kind, const QHash<int64_t, RunBlob>& blobs);
    QHash<int64_t, RunBlob> blobs(int64_t run, const QString& kind);
    std::optional<RunBlob> blob(int64_t run, int64_t sample, const QString& kind);

    int64_t createAblation(const QString& name, const QJsonObject& spec);
    void setAblationResults(int64_t ablation, RunStatus status, const QJsonObject& results);
    QJsonObject ablationResults(int64_t ablation);
    // The project's latest ablation study (the Ablation dialog shows it, a report may include it).
    struct StoredAblation {
        int64_t id = 0; // 0: the project has none
        QString name;
        QJsonObject results;
    };
    StoredAblation latestAblation();

private:
    ProjectStore& store_;
};

QByteArray floatsToBytes(const QVector<float>& values);
QVector<float> bytesToFloats(const QByteArray& bytes);
QByteArray floatsToHalfBytes(const QVector<float>& values);
// A blob's values: float32, or half when the byte count is 2 per element of `elements`.
QVector<float> blobBytesToFloats(const QByteArray& bytes, qsizetype elements);

} // namespace memescope
