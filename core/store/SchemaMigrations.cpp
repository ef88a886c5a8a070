#include "SchemaMigrations.h"

#include "StoreError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace memescope {
namespace {

// Version 1: the initial schema.
const char* const kMigration1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE label_schema(id INTEGER PRIMARY KEY CHECK(id = 1),"
    " task TEXT NOT NULL CHECK(task IN ('single','multi')))",
    "CREATE TABLE labels(idx INTEGER PRIMARY KEY CHECK(idx >= 0 AND idx < 63), name TEXT NOT NULL UNIQUE,"
    " color TEXT NOT NULL, hotkey TEXT NOT NULL DEFAULT '')",
    // label_mask caches the current annotation (NULL = unlabelled, 0 = explicitly no label); the full
    // history is in `annotations`, from which the current value can always be derived again.
    "CREATE TABLE samples(id INTEGER PRIMARY KEY, sample_id TEXT NOT NULL UNIQUE,"
    " image_path TEXT NOT NULL DEFAULT '', image_status INTEGER NOT NULL DEFAULT 0,"
    " split TEXT NOT NULL DEFAULT 'train' CHECK(split IN ('train','val','test','unassigned')),"
    " ocr_text TEXT NOT NULL DEFAULT '', figurative_reasoning TEXT NOT NULL DEFAULT '',"
    " cause_effect TEXT NOT NULL DEFAULT '', figurative_understanding TEXT NOT NULL DEFAULT '',"
    " mental_state TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL DEFAULT '',"
    " source_index INTEGER NOT NULL DEFAULT -1, extra_json TEXT NOT NULL DEFAULT '',"
    " label_mask INTEGER, added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE TABLE annotations(id INTEGER PRIMARY KEY,"
    " sample INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
    " label_mask INTEGER NOT NULL, annotator TEXT NOT NULL,"
    " origin TEXT NOT NULL CHECK(origin IN ('dataset','human','model')),"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE INDEX annotations_by_sample ON annotations(sample, id)",
    "CREATE TABLE import_reports(id INTEGER PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL,"
    " imported INTEGER NOT NULL, merged INTEGER NOT NULL, flagged INTEGER NOT NULL, skipped INTEGER NOT NULL,"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE TABLE import_issues(report INTEGER NOT NULL REFERENCES import_reports(id) ON DELETE CASCADE,"
    " file TEXT NOT NULL, record_index INTEGER NOT NULL, sample_id TEXT NOT NULL,"
    " severity TEXT NOT NULL CHECK(severity IN ('flagged','skipped')), reason TEXT NOT NULL)",
    "CREATE TABLE ocr_results(sample INTEGER PRIMARY KEY REFERENCES samples(id) ON DELETE CASCADE,"
    " engine TEXT NOT NULL, engine_version TEXT NOT NULL, settings_json TEXT NOT NULL, text TEXT NOT NULL,"
    " words_json TEXT NOT NULL, mean_confidence REAL NOT NULL, error TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE TABLE runs(id INTEGER PRIMARY KEY, name TEXT NOT NULL, run_dir TEXT NOT NULL,"
    " config_json TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'created', checkpoint_path TEXT NOT NULL "
    "DEFAULT '',"
    " summary_json TEXT NOT NULL DEFAULT '{}',"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE TABLE run_epochs(run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " epoch INTEGER NOT NULL, metrics_json TEXT NOT NULL, PRIMARY KEY(run, epoch))",
    // probabilities: little-endian float32 array, one per label.
    "CREATE TABLE predictions(run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " sample INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE, probabilities BLOB NOT NULL,"
    " PRIMARY KEY(run, sample))",
    // Attention maps and embeddings: kind = 'attention', 'embedding_fused', ...; shape as JSON array.
    "CREATE TABLE run_blobs(run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    " sample INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE, kind TEXT NOT NULL,"
    " shape_json TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY(run, sample, kind))",
};

// Version 2: annotators as first-class rows (several annotators side by side) and browse indexes.
const char* const kMigration2[] = {
    "CREATE TABLE annotators(name TEXT PRIMARY KEY,"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "INSERT OR IGNORE INTO annotators(name) SELECT DISTINCT annotator FROM annotations",
    "CREATE INDEX samples_by_split ON samples(split)",
    "CREATE INDEX annotations_by_annotator ON annotations(annotator, sample)",
};

// Version 3: ablation studies (a queue of configs x seeds; the runs they made and the aggregated table).
const char* const kMigration3[] = {
    "CREATE TABLE ablations(id INTEGER PRIMARY KEY, name TEXT NOT NULL, spec_json TEXT NOT NULL,"
    " status TEXT NOT NULL DEFAULT 'queued', results_json TEXT NOT NULL DEFAULT '{}',"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "ALTER TABLE runs ADD COLUMN ablation INTEGER REFERENCES ablations(id) ON DELETE SET NULL",
    "CREATE INDEX predictions_by_sample ON predictions(sample)",
};

// Version 4: each annotator's answer counts (see LabelConsensus). An undone answer is kept but retracted
// (redo restores the same row); an adjudicator's answer settles the meme.
const char* const kMigration4[] = {
    "ALTER TABLE annotations ADD COLUMN retracted INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE annotations ADD COLUMN adjudication INTEGER NOT NULL DEFAULT 0",
    // Before, undoing a meme's first label cleared the current label but kept the answer: it was undone.
    "UPDATE annotations SET retracted = 1 WHERE origin != 'model' AND sample IN"
    " (SELECT id FROM samples WHERE label_mask IS NULL)",
};

// Version 5: a perceptual hash per image, for duplicate and leak detection (core/duplicates). The image path
// it was computed from is kept, so an image replaced later is hashed again. phash NULL with an error: the
// image could not be decoded or is flat. Named split schemes beside the dataset's own split (samples.split,
// the scheme 'original'), e.g. one that keeps every duplicate group in one split.
const char* const kMigration5[] = {
    "CREATE TABLE image_hashes(sample INTEGER PRIMARY KEY REFERENCES samples(id) ON DELETE CASCADE,"
    " image_path TEXT NOT NULL, phash INTEGER, error TEXT)",
    "CREATE TABLE split_schemes(name TEXT PRIMARY KEY, description TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
    "CREATE TABLE scheme_splits(scheme TEXT NOT NULL REFERENCES split_schemes(name) ON DELETE CASCADE,"
    " sample INTEGER NOT NULL REFERENCES samples(id) ON DELETE CASCADE,"
    " split TEXT NOT NULL CHECK(split IN ('train','val','test','unassigned')), PRIMARY KEY(scheme, sample))",
};
// Version 6: the researcher's tags and note on each run (a tracker's labels: "baseline", "paper", "broken").
const char* const kMigration6[] = {
    "ALTER TABLE runs ADD COLUMN tags_json TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE runs ADD COLUMN note TEXT NOT NULL DEFAULT ''",
};
// Version 7: each image's caption-blind picture signature beside its pHash
// (core/duplicates/PictureSignature). Rows hashed before have none and are hashed again
// (ImageHashStore::missing).
const char* const kMigration7[] = {
    "ALTER TABLE image_hashes ADD COLUMN picture BLOB",
};
struct Migration {
    const char* const* statements;
    int count;
};

const Migration kMigrations[] = {
    {kMigration1, int(std::size(kMigration1))}, {kMigration2, int(std::size(kMigration2))},
    {kMigration3, int(std::size(kMigration3))}, {kMigration4, int(std::size(kMigration4))},
    {kMigration5, int(std::size(kMigration5))}, {kMigration6, int(std::size(kMigration6))},
    {kMigration7, int(std::size(kMigration7))},
};
static_assert(std::size(kMigrations) == SchemaMigrations::kLatestVersion);

void execOrThrow(QSqlDatabase& db, const QString& sql, const QString& file) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw StoreError(QStringLiteral("%1: database error: %2 (while running: %3)")
                             .arg(file, q.lastError().text(), sql.left(80)));
}

} // namespace

int SchemaMigrations::currentVersion(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec("PRAGMA user_version") || !q.next()) return -1;
    return q.value(0).toInt();
}

void SchemaMigrations::migrate(QSqlDatabase& db, const QString& file, int target) {
    const int current = currentVersion(db);
    if (current < 0) throw StoreError(file + ": not a MemeScope project (cannot read its schema version)");
    if (current > kLatestVersion)
        throw StoreError(QStringLiteral("%1: written by a newer MemeScope (schema version %2; this build "
                                        "understands up to %3). Update MemeScope to open it.")
                             .arg(file)
                             .arg(current)
                             .arg(kLatestVersion));
    for (int v = current + 1; v <= target; ++v) {
        if (!db.transaction())
            throw StoreError(file + ": cannot start a transaction: " + db.lastError().text());
        try {
            const Migration& m = kMigrations[v - 1];
            for (int i = 0; i < m.count; ++i)
                execOrThrow(db, QString::fromUtf8(m.statements[i]), file);
            execOrThrow(db, QStringLiteral("PRAGMA user_version = %1").arg(v), file);
            if (!db.commit()) throw StoreError(file + ": cannot commit migration: " + db.lastError().text());
        } catch (...) {
            db.rollback();
            throw;
        }
    }
}

} // namespace memescope
