#pragma once

#include "core/store/SampleRecord.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace memescope {

// The image file extensions MemeScope reads (lower case, without the dot): jpg, jpeg, png, webp, bmp, gif.
const QStringList& imageFileExtensions();

// Lists a folder once so that finding <sample_id>.<ext> for 100,000 samples costs a hash lookup each
// instead of a stat() per candidate extension.
class ImageFolderIndex {
public:
    explicit ImageFolderIndex(const QString& folder, const QStringList& preferredExtensions = {});
    bool folderExists() const { return exists_; }
    const QString& folder() const { return folder_; }
    // The file name of the image named after the sample id (folder() + '/' + it is the path), or empty.
    QString findFileName(const QString& sampleId) const { return byBaseName_.value(sampleId); }

private:
    QString folder_;
    bool exists_ = false;
    QHash<QString, QString> byBaseName_;
};

struct ImageFileCheck {
    ImageStatus status = ImageStatus::Ok;
    QString problem; // empty when Ok
};

// A cheap structural check that catches empty, truncated and non-image files without decoding them:
// known signature (JPEG, PNG, GIF, BMP, WebP) and, for JPEG/PNG, the end marker (EOI / IEND) near the end.
// Full decoding (pixel budget, EXIF) happens where images are actually used.
ImageFileCheck quickCheckImageFile(const QString& path);

// The rules behind it, on bytes already read: the first 16 bytes, the last (up to) 4 KiB and the size.
// Empty string when the structure looks fine.
QString imageStructureProblem(const QByteArray& head, const QByteArray& tail, qint64 size);

} // namespace memescope
