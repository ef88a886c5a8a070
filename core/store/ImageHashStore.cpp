#include "ImageHashStore.h"

#include "ProjectStore.h"
#include "SqliteStatement.h"

namespace memescope {

void ImageHashStore::save(const QVector<StoredImageHash>& hashes) {
    if (hashes.isEmpty()) return;
    Transaction tx(store_);
    SqliteStatement q(store_, "INSERT INTO image_hashes(sample, image_path, phash, error, picture)"
                              " VALUES(?,?,?,?,?) ON CONFLICT(sample) DO UPDATE SET"
                              " image_path = excluded.image_path, phash = excluded.phash,"
                              " error = excluded.error, picture = excluded.picture");
    for (const StoredImageHash& h : hashes) {
        q.bind(1, h.sampleRowId);
        q.bind(2, h.imagePath);
        // SQLite integers are signed 64-bit: the hash's bits are stored as they are.
        if (h.phash)
            q.bind(3, int64_t(*h.phash));
        else
            q.bindNull(3);
        if (h.error.isEmpty())
            q.bindNull(4);
        else
            q.bind(4, h.error);
        if (h.picture.isEmpty())
            q.bindNull(5);
        else
            q.bindBlob(5, h.picture);
        q.run("cannot store the image hash");
    }
    tx.commit();
}

QHash<int64_t, StoredImageHash> ImageHashStore::current() {
    QHash<int64_t, StoredImageHash> out;
    SqliteStatement q(store_, "SELECT h.sample, h.image_path, h.phash, h.error, h.picture FROM image_hashes h"
                              " JOIN samples s ON s.id = h.sample WHERE s.image_path = h.image_path");
    while (q.next("cannot read the image hashes")) {
        StoredImageHash h;
        h.sampleRowId = q.integer(0);
        h.imagePath = q.text(1);
        if (!q.isNull(2)) h.phash = uint64_t(q.integer(2));
        h.error = q.isNull(3) ? QString() : q.text(3);
        if (!q.isNull(4)) h.picture = q.blob(4);
        out.insert(h.sampleRowId, h);
    }
    return out;
}

QVector<ImageHashStore::Missing> ImageHashStore::missing() {
    QVector<Missing> out;
    // image_status 0 = Ok, 2 = Corrupt (OCR found it undecodable: tried again here, and named if it fails).
    SqliteStatement q(store_, "SELECT s.id, s.sample_id, s.image_path FROM samples s"
                              " LEFT JOIN image_hashes h ON h.sample = s.id AND h.image_path = s.image_path"
                              " WHERE s.image_path != '' AND s.image_status IN (0, 2)"
                              " AND (h.sample IS NULL OR (h.phash IS NOT NULL AND h.picture IS NULL))"
                              " ORDER BY s.id");
    while (q.next("cannot list the images without a hash"))
        out.push_back({q.integer(0), q.text(1), q.text(2)});
    return out;
}

} // namespace memescope
