#include "OcrStore.h"

#include "core/store/ProjectStore.h"
#include "core/store/SqliteStatement.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace memescope {

void OcrStore::save(const QVector<StoredOcr>& results) {
    Transaction tx(store_);
    SqliteStatement q(
        store_,
        "INSERT INTO ocr_results(sample, engine, engine_version, settings_json, text, words_json,"
        " mean_confidence, error) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(sample) DO UPDATE SET"
        " engine = excluded.engine, engine_version = excluded.engine_version,"
        " settings_json = excluded.settings_json, text = excluded.text, words_json = excluded.words_json,"
        " mean_confidence = excluded.mean_confidence, error = excluded.error,"
        " created_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')");
    // An image the decoder refused is unusable for models too: mark it so (text-only from now on).
    SqliteStatement corrupt(store_, "UPDATE samples SET image_status = 2 WHERE id = ?");
    for (const StoredOcr& r : results) {
        const QString words =
            QString::fromUtf8(QJsonDocument(r.result.wordsToJson()).toJson(QJsonDocument::Compact));
        q.bind(1, r.sampleRowId);
        q.bind(2, r.engine);
        q.bind(3, r.engineVersion);
        q.bind(4, r.settingsJson);
        q.bind(5, r.result.text);
        q.bind(6, words);
        q.bindDouble(7, r.result.meanConfidence);
        q.bind(8, r.result.error);
        q.run("cannot store the OCR result");
        if (!r.result.ok()) {
            corrupt.bind(1, r.sampleRowId);
            corrupt.run("cannot mark the image unreadable");
        }
    }
    tx.commit();
}

std::optional<StoredOcr> OcrStore::load(int64_t sampleRowId) {
    QSqlQuery q(store_.db());
    q.prepare("SELECT engine, engine_version, settings_json, text, words_json, mean_confidence, error FROM "
              "ocr_results WHERE sample = ?");
    q.addBindValue(qint64(sampleRowId));
    if (!q.exec()) store_.fail("cannot read OCR results", q.lastError().text());
    if (!q.next()) return std::nullopt;
    StoredOcr s;
    s.sampleRowId = sampleRowId;
    s.engine = q.value(0).toString();
    s.engineVersion = q.value(1).toString();
    s.settingsJson = q.value(2).toString();
    s.result.text = q.value(3).toString();
    s.result.words =
        OcrResult::wordsFromJson(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array());
    s.result.meanConfidence = q.value(5).toDouble();
    s.result.error = q.value(6).toString();
    return s;
}

QHash<int64_t, QString> OcrStore::doneSamples() {
    SqliteStatement q(store_, "SELECT sample, error FROM ocr_results");
    QHash<int64_t, QString> out;
    while (q.next("cannot read OCR results"))
        out.insert(q.integer(0), q.text(1));
    return out;
}

QHash<int64_t, QString> OcrStore::recognizedTexts() {
    SqliteStatement q(store_, "SELECT sample, text FROM ocr_results WHERE text != ''");
    QHash<int64_t, QString> out;
    while (q.next("cannot read OCR results"))
        out.insert(q.integer(0), q.text(1));
    return out;
}

int OcrStore::count() {
    SqliteStatement q(store_, "SELECT COUNT(*) FROM ocr_results");
    return q.next("cannot count OCR results") ? int(q.integer(0)) : 0;
}

} // namespace memescope
