#include "SampleStore.h"

#include "ProjectStore.h"
#include "SqliteStatement.h"

#include <QSqlError>
#include <QSqlQuery>

#include <csignal>

namespace memescope {

QString imageStatusToString(ImageStatus status) {
    switch (status) {
    case ImageStatus::Ok:
        return "ok";
    case ImageStatus::Missing:
        return "missing";
    case ImageStatus::Corrupt:
        return "corrupt";
    case ImageStatus::NotGiven:
        return "none";
    }
    return "?";
}

QString annotationOriginToString(AnnotationOrigin origin) {
    switch (origin) {
    case AnnotationOrigin::Dataset:
        return "dataset";
    case AnnotationOrigin::Human:
        return "human";
    case AnnotationOrigin::Model:
        return "model";
    }
    return "human";
}

namespace {

// Failpoint for the crash-safety tests: the process kills itself after this many inserted rows, in the
// middle of the transaction, exactly as a power cut or `kill -9` would. Unset in normal use.
int killAfterRowsForTesting() {
    static const int n = qEnvironmentVariableIsSet("MEMESCOPE_TEST_KILL_AFTER_ROWS")
                             ? qEnvironmentVariableIntValue("MEMESCOPE_TEST_KILL_AFTER_ROWS")
                             : -1;
    return n;
}

AnnotationOrigin originFromString(const QString& s) {
    if (s == "dataset") return AnnotationOrigin::Dataset;
    if (s == "model") return AnnotationOrigin::Model;
    return AnnotationOrigin::Human;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL, so bind "" instead.
QString text(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

const char* kSelectColumns =
    "SELECT id, sample_id, image_path, image_status, split, ocr_text, figurative_reasoning, cause_effect,"
    " figurative_understanding, mental_state, source_file, source_index, extra_json, label_mask FROM samples";

SampleRecord readSample(const QSqlQuery& q) {
    SampleRecord s;
    s.id = q.value(0).toLongLong();
    s.sampleId = q.value(1).toString();
    s.imagePath = q.value(2).toString();
    s.imageStatus = ImageStatus(q.value(3).toInt());
    s.split = q.value(4).toString();
    s.ocrText = q.value(5).toString();
    s.figurativeReasoning = q.value(6).toString();
    s.causeEffect = q.value(7).toString();
    s.figurativeUnderstanding = q.value(8).toString();
    s.mentalState = q.value(9).toString();
    s.sourceFile = q.value(10).toString();
    s.sourceIndex = q.value(11).toInt();
    s.extraJson = q.value(12).toString();
    if (!q.value(13).isNull()) s.labelMask = q.value(13).toULongLong();
    return s;
}

} // namespace

void SampleStore::insertSamples(QVector<SampleRecord>& samples, const QString& annotator,
                                AnnotationOrigin origin) {
    Transaction tx(store_);
    SqliteStatement ins(
        store_, "INSERT INTO samples(sample_id, image_path, image_status, split, ocr_text,"
                " figurative_reasoning, cause_effect, figurative_understanding, mental_state,"
                " source_file, source_index, extra_json, label_mask) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    SqliteStatement ann(store_,
                        "INSERT INTO annotations(sample, label_mask, annotator, origin) VALUES(?,?,?,?)");
    const QString originText = annotationOriginToString(origin);
    for (auto& s : samples) {
        ins.bind(1, s.sampleId);
        ins.bind(2, s.imagePath);
        ins.bind(3, int64_t(s.imageStatus));
        ins.bind(4, s.split);
        ins.bind(5, s.ocrText);
        ins.bind(6, s.figurativeReasoning);
        ins.bind(7, s.causeEffect);
        ins.bind(8, s.figurativeUnderstanding);
        ins.bind(9, s.mentalState);
        ins.bind(10, s.sourceFile);
        ins.bind(11, int64_t(s.sourceIndex));
        ins.bind(12, s.extraJson);
        if (s.labelMask)
            ins.bind(13, int64_t(*s.labelMask));
        else
            ins.bindNull(13);
        ins.run("cannot add sample '" + s.sampleId + "'");
        s.id = ins.lastInsertRowId();
        if (killAfterRowsForTesting() >= 0 && s.id >= killAfterRowsForTesting()) std::raise(SIGKILL);
        if (s.labelMask) {
            ann.bind(1, int64_t(s.id));
            ann.bind(2, int64_t(*s.labelMask));
            ann.bind(3, annotator);
            ann.bind(4, originText);
            ann.run("cannot add the labels of '" + s.sampleId + "'");
        }
    }
    if (!samples.isEmpty()) {
        QSqlQuery a(store_.db());
        a.prepare("INSERT OR IGNORE INTO annotators(name) VALUES(?)");
        a.addBindValue(annotator);
        if (!a.exec()) store_.fail("cannot record annotator", a.lastError().text());
    }
    tx.commit();
}

void SampleStore::updateSampleContents(const QVector<SampleRecord>& samples) {
    Transaction tx(store_);
    QSqlQuery q(store_.db());
    q.prepare(
        "UPDATE samples SET image_path = ?, image_status = ?, ocr_text = ?, figurative_reasoning = ?,"
        " cause_effect = ?, figurative_understanding = ?, mental_state = ?, extra_json = ? WHERE id = ?");
    for (const auto& s : samples) {
        q.addBindValue(text(s.imagePath));
        q.addBindValue(int(s.imageStatus));
        q.addBindValue(text(s.ocrText));
        q.addBindValue(text(s.figurativeReasoning));
        q.addBindValue(text(s.causeEffect));
        q.addBindValue(text(s.figurativeUnderstanding));
        q.addBindValue(text(s.mentalState));
        q.addBindValue(text(s.extraJson));
        q.addBindValue(qint64(s.id));
        if (!q.exec()) store_.fail("cannot update sample '" + s.sampleId + "'", q.lastError().text());
    }
    tx.commit();
}

QVector<int64_t> SampleStore::annotate(const QVector<int64_t>& sampleIds, const QVector<uint64_t>& masks,
                                       const QString& annotator, AnnotationOrigin origin, bool adjudication) {
    Q_ASSERT(sampleIds.size() == masks.size());
    Transaction tx(store_);
    SqliteStatement ann(store_, "INSERT INTO annotations(sample, label_mask, annotator, origin, adjudication)"
                                " VALUES(?,?,?,?,?)");
    const QString originText = annotationOriginToString(origin);
    QVector<int64_t> ids;
    ids.reserve(sampleIds.size());
    for (int i = 0; i < sampleIds.size(); ++i) {
        ann.bind(1, sampleIds[i]);
        ann.bind(2, int64_t(masks[i]));
        ann.bind(3, annotator);
        ann.bind(4, originText);
        ann.bind(5, int64_t(adjudication ? 1 : 0));
        ann.run("cannot record labels");
        ids << ann.lastInsertRowId();
    }
    // Model suggestions are history, not an answer: they never change the current label.
    if (origin != AnnotationOrigin::Model) refreshConsensus(sampleIds);
    QSqlQuery a(store_.db());
    a.prepare("INSERT OR IGNORE INTO annotators(name) VALUES(?)");
    a.addBindValue(annotator);
    if (!a.exec()) store_.fail("cannot record annotator", a.lastError().text());
    tx.commit();
    return ids;
}

void SampleStore::setRetracted(const QVector<int64_t>& annotationIds, bool retracted) {
    Transaction tx(store_);
    SqliteStatement mark(store_, "UPDATE annotations SET retracted = ? WHERE id = ?");
    SqliteStatement sampleOf(store_, "SELECT sample FROM annotations WHERE id = ?");
    QVector<int64_t> samples;
    for (int64_t id : annotationIds) {
        mark.bind(1, int64_t(retracted ? 1 : 0));
        mark.bind(2, id);
        mark.run("cannot undo a label");
        sampleOf.bind(1, id);
        if (sampleOf.next("cannot undo a label")) {
            samples << sampleOf.integer(0);
            sampleOf.reset();
        }
    }
    refreshConsensus(samples);
    tx.commit();
}

namespace {

const char* const kSelectAnswers = "SELECT annotator, label_mask, adjudication, id FROM annotations"
                                   " WHERE sample = ? AND retracted = 0 AND origin != 'model' ORDER BY id";

// Each annotator's latest answer on one sample, through a prepared kSelectAnswers.
QVector<LabelAnswer> latestAnswers(SqliteStatement& q, int64_t sampleRowId) {
    q.bind(1, sampleRowId);
    QVector<LabelAnswer> out;
    QHash<QString, int> index;
    while (q.next("cannot read the answers")) {
        const LabelAnswer a{q.text(0), uint64_t(q.integer(1)), q.integer(2) != 0, q.integer(3)};
        const auto it = index.constFind(a.annotator);
        if (it == index.cend()) {
            index.insert(a.annotator, int(out.size()));
            out << a;
        } else {
            out[*it] = a; // ordered by id: a later answer replaces the annotator's earlier one
        }
    }
    return out;
}

} // namespace

LabelConsensus SampleStore::consensus(int64_t sampleRowId) {
    SqliteStatement q(store_, kSelectAnswers);
    return consensusOf(latestAnswers(q, sampleRowId), store_.labelSchema().isMultiLabel());
}

void SampleStore::refreshConsensus(const QVector<int64_t>& sampleIds) {
    const bool multi = store_.labelSchema().isMultiLabel();
    SqliteStatement answers(store_, kSelectAnswers);
    SqliteStatement cur(store_, "UPDATE samples SET label_mask = ? WHERE id = ?");
    for (int64_t id : sampleIds) {
        const LabelConsensus c = consensusOf(latestAnswers(answers, id), multi);
        if (c.mask)
            cur.bind(1, int64_t(*c.mask));
        else
            cur.bindNull(1);
        cur.bind(2, id);
        cur.run("cannot update labels");
    }
}

QHash<int64_t, std::optional<uint64_t>> SampleStore::currentLabels(const QVector<int64_t>& sampleIds) {
    SqliteStatement q(store_, "SELECT label_mask FROM samples WHERE id = ?");
    QHash<int64_t, std::optional<uint64_t>> out;
    for (int64_t id : sampleIds) {
        q.bind(1, id);
        std::optional<uint64_t> mask;
        if (q.next("cannot read labels")) {
            if (!q.isNull(0)) mask = uint64_t(q.integer(0));
            q.reset();
        }
        out.insert(id, mask);
    }
    return out;
}

QHash<int64_t, uint64_t> SampleStore::answersOf(const QString& annotator) {
    SqliteStatement q(store_,
                      "SELECT sample, label_mask FROM annotations WHERE annotator = ? AND retracted = 0"
                      " AND origin != 'model' ORDER BY id");
    q.bind(1, annotator);
    QHash<int64_t, uint64_t> out;
    while (q.next("cannot read the annotator's labels"))
        out.insert(q.integer(0), uint64_t(q.integer(1)));
    return out;
}

QHash<int64_t, QHash<QString, uint64_t>> SampleStore::latestByAnnotator() {
    // Annotation ids grow with time: the highest id per (sample, annotator) is the latest. An adjudicator
    // has seen the others' answers, so decisions are not independent answers and stay out.
    SqliteStatement q(store_,
                      "SELECT a.sample, a.annotator, a.label_mask FROM annotations a JOIN ("
                      " SELECT MAX(id) AS id FROM annotations WHERE origin != 'model' AND retracted = 0"
                      " GROUP BY sample, annotator) latest ON latest.id = a.id WHERE a.adjudication = 0");
    QHash<int64_t, QHash<QString, uint64_t>> out;
    while (q.next("reading annotations"))
        out[q.integer(0)].insert(q.text(1), uint64_t(q.integer(2)));
    return out;
}

QStringList SampleStore::datasetRaters() {
    SqliteStatement q(store_,
                      "SELECT DISTINCT annotator FROM annotations WHERE origin = 'dataset' ORDER BY 1");
    QStringList out;
    while (q.next("reading annotators"))
        out << q.text(0);
    return out;
}

QVector<SampleRecord> SampleStore::loadAll() {
    // Straight from SQLite: opening a 100,000-sample project must stay well under a second.
    SqliteStatement q(store_,
                      (QByteArray(kSelectColumns) + " ORDER BY source_file, source_index, id").constData());
    QVector<SampleRecord> out;
    out.reserve(count());
    while (q.next("cannot read samples")) {
        SampleRecord s;
        s.id = q.integer(0);
        s.sampleId = q.text(1);
        s.imagePath = q.text(2);
        s.imageStatus = ImageStatus(q.integer(3));
        s.split = q.text(4);
        s.ocrText = q.text(5);
        s.figurativeReasoning = q.text(6);
        s.causeEffect = q.text(7);
        s.figurativeUnderstanding = q.text(8);
        s.mentalState = q.text(9);
        s.sourceFile = q.text(10);
        s.sourceIndex = int(q.integer(11));
        s.extraJson = q.text(12);
        if (!q.isNull(13)) s.labelMask = uint64_t(q.integer(13));
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<SampleRecord> SampleStore::find(const QString& sampleId) {
    QSqlQuery q(store_.db());
    q.prepare(QString(kSelectColumns) + " WHERE sample_id = ?");
    q.addBindValue(sampleId);
    if (!q.exec()) store_.fail("cannot read sample '" + sampleId + "'", q.lastError().text());
    if (!q.next()) return std::nullopt;
    return readSample(q);
}

QHash<QString, int64_t> SampleStore::idsBySampleId() {
    QSqlQuery q(store_.db());
    q.setForwardOnly(true);
    if (!q.exec("SELECT sample_id, id FROM samples"))
        store_.fail("cannot read samples", q.lastError().text());
    QHash<QString, int64_t> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

int SampleStore::count() {
    QSqlQuery q(store_.db());
    if (!q.exec("SELECT COUNT(*) FROM samples") || !q.next())
        store_.fail("cannot count samples", q.lastError().text());
    return q.value(0).toInt();
}

QVector<AnnotationRecord> SampleStore::history(int64_t sampleRowId) {
    QSqlQuery q(store_.db());
    q.prepare("SELECT id, label_mask, annotator, origin, created_at, adjudication FROM annotations"
              " WHERE sample = ? AND retracted = 0 ORDER BY id");
    q.addBindValue(qint64(sampleRowId));
    if (!q.exec()) store_.fail("cannot read the label history", q.lastError().text());
    QVector<AnnotationRecord> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toULongLong(), q.value(2).toString(),
                       originFromString(q.value(3).toString()), q.value(4).toString(), q.value(5).toBool()});
    return out;
}

} // namespace memescope
