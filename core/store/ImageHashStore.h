#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>
#include <cstdint>
#include <optional>

namespace memescope {

class ProjectStore;

// One image's perceptual hash as stored (core/duplicates computes it).
struct StoredImageHash {
    int64_t sampleRowId = 0;
    QString imagePath;             // the stored image path it was computed from
    std::optional<uint64_t> phash; // nullopt: see error
    QByteArray picture;            // the caption-blind picture signature's stored form ('' when none)
    QString error;                 // why there is no hash (undecodable, flat image)
};

// Reads and writes the image_hashes table.
class ImageHashStore {
public:
    explicit ImageHashStore(ProjectStore& store)
        : store_(store) {}

    void save(const QVector<StoredImageHash>& hashes); // one transaction; replaces earlier rows
    // The hashes still valid (computed from the sample's current image path), by sample row id.
    QHash<int64_t, StoredImageHash> current();
    // Samples with a usable image and no valid hash row, or one hashed before picture signatures were kept:
    // (row id, sample id, stored image path).
    struct Missing {
        int64_t sampleRowId;
        QString sampleId, imagePath;
    };
    QVector<Missing> missing();

private:
    ProjectStore& store_;
};

} // namespace memescope
