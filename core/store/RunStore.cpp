#include "RunStore.h"

#include <array>

#include "ProjectStore.h"
#include "SqliteStatement.h"
#include "StoreError.h"

#include <QFloat16>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

namespace memescope {
namespace {

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text) {
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString shapeJson(const QVector<int64_t>& shape) {
    QJsonArray a;
    for (int64_t d : shape)
        a.append(qint64(d));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVector<int64_t> parseShape(const QString& text) {
    QVector<int64_t> shape;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        shape << int64_t(v.toInteger());
    return shape;
}

const char* const kRunColumns =
    "SELECT id, name, run_dir, config_json, status, checkpoint_path, summary_json, created_at, "
    "COALESCE(ablation, 0), tags_json, note FROM runs";

RunRecord readRun(const SqliteStatement& s) {
    RunRecord r;
    r.id = s.integer(0);
    r.name = s.text(1);
    r.runDir = s.text(2);
    r.config = parseObject(s.text(3));
    r.status = runStatusFromString(s.text(4));
    r.checkpointPath = s.text(5);
    r.summary = parseObject(s.text(6));
    r.createdAt = s.text(7);
    r.ablation = s.integer(8);
    for (const QJsonValue& t : QJsonDocument::fromJson(s.text(9).toUtf8()).array())
        r.tags << t.toString();
    r.note = s.text(10);
    return r;
}

} // namespace

namespace {
const std::array<std::pair<RunStatus, const char*>, 5> kRunStatusNames = {
    {{RunStatus::Created, "created"},
     {RunStatus::Running, "running"},
     {RunStatus::Finished, "finished"},
     {RunStatus::Cancelled, "cancelled"},
     {RunStatus::Failed, "failed"}}};
} // namespace

QString runStatusToString(RunStatus status) {
    for (const auto& [value, name] : kRunStatusNames)
        if (value == status) return QString::fromLatin1(name);
    return QStringLiteral("created");
}

RunStatus runStatusFromString(const QString& text) {
    for (const auto& [value, name] : kRunStatusNames)
        if (text == QLatin1String(name)) return value;
    return RunStatus::Created;
}

namespace {

// Half floats take 2 bytes per element of the shape, float32 4: the size tells them apart.
bool storedAsHalf(const QByteArray& bytes, qsizetype elements) {
    return elements > 0 && bytes.size() == elements * 2;
}

RunBlob blobFrom(const QVector<int64_t>& shape, const QByteArray& bytes) {
    qsizetype elements = 1;
    for (int64_t d : shape)
        elements *= qsizetype(d);
    return RunBlob{shape, blobBytesToFloats(bytes, elements), storedAsHalf(bytes, elements)};
}

} // namespace

QByteArray floatsToBytes(const QVector<float>& values) {
    QByteArray bytes(qsizetype(values.size() * 4), Qt::Uninitialized);
    for (qsizetype i = 0; i < values.size(); ++i)
        qToLittleEndian(values[i], bytes.data() + i * 4);
    return bytes;
}

QVector<float> bytesToFloats(const QByteArray& bytes) {
    QVector<float> values(bytes.size() / 4);
    for (qsizetype i = 0; i < values.size(); ++i)
        values[i] = qFromLittleEndian<float>(bytes.constData() + i * 4);
    return values;
}

QByteArray floatsToHalfBytes(const QVector<float>& values) {
    QByteArray bytes(qsizetype(values.size() * 2), Qt::Uninitialized);
    for (qsizetype i = 0; i < values.size(); ++i)
        qToLittleEndian(qfloat16(values[i]), bytes.data() + i * 2);
    return bytes;
}

QVector<float> blobBytesToFloats(const QByteArray& bytes, qsizetype elements) {
    if (!storedAsHalf(bytes, elements)) return bytesToFloats(bytes);
    QVector<float> values(elements);
    for (qsizetype i = 0; i < elements; ++i)
        values[i] = float(qFromLittleEndian<qfloat16>(bytes.constData() + i * 2));
    return values;
}

int64_t RunStore::createRun(const QString& name, const QString& runDir, const QJsonObject& config,
                            int64_t ablation) {
    SqliteStatement s(store_,
                      "INSERT INTO runs(name, run_dir, config_json, status, ablation) VALUES(?, ?, ?, "
                      "'created', ?)");
    const QString cfg = compact(config);
    s.bind(1, name);
    s.bind(2, runDir);
    s.bind(3, cfg);
    if (ablation > 0)
        s.bind(4, ablation);
    else
        s.bindNull(4);
    s.run("creating run " + name);
    return s.lastInsertRowId();
}

int64_t RunStore::findByDir(const QString& runDir) {
    SqliteStatement s(store_, "SELECT id FROM runs WHERE run_dir = ? ORDER BY id DESC LIMIT 1");
    s.bind(1, runDir);
    return s.next("finding run " + runDir) ? s.integer(0) : 0;
}

void RunStore::setStatus(int64_t run, RunStatus status) {
    SqliteStatement s(store_, "UPDATE runs SET status = ? WHERE id = ?");
    s.bind(1, runStatusToString(status));
    s.bind(2, run);
    s.run("updating run status");
}

void RunStore::setTagsAndNote(int64_t run, const QStringList& tags, const QString& note) {
    QStringList clean;
    for (const QString& t : tags)
        if (const QString trimmed = t.simplified(); !trimmed.isEmpty() && !clean.contains(trimmed))
            clean << trimmed;
    SqliteStatement s(store_, "UPDATE runs SET tags_json = ?, note = ? WHERE id = ?");
    s.bind(1, QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(clean)).toJson(QJsonDocument::Compact)));
    s.bind(2, note.trimmed());
    s.bind(3, run);
    s.run("saving the run's tags and note");
}

void RunStore::setSummary(int64_t run, const QJsonObject& summary, const QString& checkpointPath) {
    SqliteStatement s(store_, "UPDATE runs SET summary_json = ?, checkpoint_path = ? WHERE id = ?");
    const QString text = compact(summary);
    s.bind(1, text);
    s.bind(2, checkpointPath);
    s.bind(3, run);
    s.run("updating run summary");
}

void RunStore::setConfig(int64_t run, const QJsonObject& config) {
    SqliteStatement s(store_, "UPDATE runs SET config_json = ? WHERE id = ?");
    const QString text = compact(config);
    s.bind(1, text);
    s.bind(2, run);
    s.run("updating run config");
}

void RunStore::putEpoch(int64_t run, int epoch, const QJsonObject& metrics) {
    SqliteStatement s(store_, "INSERT OR REPLACE INTO run_epochs(run, epoch, metrics_json) VALUES(?, ?, ?)");
    const QString text = compact(metrics);
    s.bind(1, run);
    s.bind(2, int64_t(epoch));
    s.bind(3, text);
    s.run("storing epoch metrics");
}

QVector<QJsonObject> RunStore::epochs(int64_t run) {
    SqliteStatement s(store_, "SELECT metrics_json FROM run_epochs WHERE run = ? ORDER BY epoch");
    s.bind(1, run);
    QVector<QJsonObject> out;
    while (s.next("reading epochs"))
        out << parseObject(s.text(0));
    return out;
}

QVector<RunRecord> RunStore::runs() {
    SqliteStatement s(store_, (QByteArray(kRunColumns) + " ORDER BY id").constData());
    QVector<RunRecord> out;
    while (s.next("listing runs"))
        out << readRun(s);
    return out;
}

RunRecord RunStore::run(int64_t id) {
    SqliteStatement s(store_, (QByteArray(kRunColumns) + " WHERE id = ?").constData());
    s.bind(1, id);
    if (!s.next("reading run")) throw StoreError(QStringLiteral("%1: no run %2").arg(store_.path()).arg(id));
    return readRun(s);
}

void RunStore::deleteRun(int64_t id) {
    SqliteStatement s(store_, "DELETE FROM runs WHERE id = ?");
    s.bind(1, id);
    s.run("deleting run");
}

void RunStore::putPredictions(int64_t run, const QHash<int64_t, QVector<float>>& probabilities) {
    Transaction t(store_);
    {
        SqliteStatement clear(store_, "DELETE FROM predictions WHERE run = ?");
        clear.bind(1, run);
        clear.run("replacing predictions");
    }
    addPredictions(run, probabilities); // nested: commits with this transaction
    t.commit();
}

void RunStore::addPredictions(int64_t run, const QHash<int64_t, QVector<float>>& probabilities) {
    Transaction t(store_);
    {
        SqliteStatement s(store_,
                          "INSERT OR REPLACE INTO predictions(run, sample, probabilities) VALUES(?, ?, ?)");
        for (auto it = probabilities.begin(); it != probabilities.end(); ++it) {
            const QByteArray bytes = floatsToBytes(it.value());
            s.bind(1, run);
            s.bind(2, it.key());
            s.bindBlob(3, bytes);
            s.run("storing predictions");
        }
    }
    t.commit();
}

QHash<int64_t, QVector<float>> RunStore::predictions(int64_t run) {
    SqliteStatement s(store_, "SELECT sample, probabilities FROM predictions WHERE run = ?");
    s.bind(1, run);
    QHash<int64_t, QVector<float>> out;
    while (s.next("reading predictions"))
        out.insert(s.integer(0), bytesToFloats(s.blob(1)));
    return out;
}

void RunStore::putBlobs(int64_t run, const QString& kind, const QHash<int64_t, RunBlob>& blobs) {
    Transaction t(store_);
    {
        SqliteStatement s(
            store_,
            "INSERT OR REPLACE INTO run_blobs(run, sample, kind, shape_json, data) VALUES(?, ?, ?, ?, ?)");
        for (auto it = blobs.begin(); it != blobs.end(); ++it) {
            const QString shape = shapeJson(it->shape);
            const QByteArray bytes = it->half ? floatsToHalfBytes(it->data) : floatsToBytes(it->data);
            s.bind(1, run);
            s.bind(2, it.key());
            s.bind(3, kind);
            s.bind(4, shape);
            s.bindBlob(5, bytes);
            s.run("storing " + kind);
        }
    }
    t.commit();
}

QHash<int64_t, RunBlob> RunStore::blobs(int64_t run, const QString& kind) {
    SqliteStatement s(store_, "SELECT sample, shape_json, data FROM run_blobs WHERE run = ? AND kind = ?");
    s.bind(1, run);
    s.bind(2, kind);
    QHash<int64_t, RunBlob> out;
    while (s.next("reading " + kind))
        out.insert(s.integer(0), blobFrom(parseShape(s.text(1)), s.blob(2)));
    return out;
}

std::optional<RunBlob> RunStore::blob(int64_t run, int64_t sample, const QString& kind) {
    SqliteStatement s(store_,
                      "SELECT shape_json, data FROM run_blobs WHERE run = ? AND sample = ? AND kind = ?");
    s.bind(1, run);
    s.bind(2, sample);
    s.bind(3, kind);
    if (!s.next("reading " + kind)) return std::nullopt;
    return blobFrom(parseShape(s.text(0)), s.blob(1));
}

int64_t RunStore::createAblation(const QString& name, const QJsonObject& spec) {
    SqliteStatement s(store_, "INSERT INTO ablations(name, spec_json) VALUES(?, ?)");
    const QString text = compact(spec);
    s.bind(1, name);
    s.bind(2, text);
    s.run("creating ablation");
    return s.lastInsertRowId();
}

void RunStore::setAblationResults(int64_t ablation, RunStatus status, const QJsonObject& results) {
    SqliteStatement s(store_, "UPDATE ablations SET status = ?, results_json = ? WHERE id = ?");
    const QString text = compact(results);
    s.bind(1, runStatusToString(status));
    s.bind(2, text);
    s.bind(3, ablation);
    s.run("storing ablation results");
}

RunStore::StoredAblation RunStore::latestAblation() {
    SqliteStatement s(store_, "SELECT id, name, results_json FROM ablations ORDER BY id DESC LIMIT 1");
    StoredAblation a;
    if (s.next("reading ablations")) {
        a.id = s.integer(0);
        a.name = s.text(1);
        a.results = parseObject(s.text(2));
    }
    return a;
}

QJsonObject RunStore::ablationResults(int64_t ablation) {
    SqliteStatement s(store_, "SELECT results_json FROM ablations WHERE id = ?");
    s.bind(1, ablation);
    return s.next("reading ablation") ? parseObject(s.text(0)) : QJsonObject();
}

} // namespace memescope
