#include "ImageFileCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace memescope {

ImageFolderIndex::ImageFolderIndex(const QString& folder, const QStringList& preferredExtensions)
    : folder_(QDir(folder).absolutePath()) {
    QDir dir(folder_);
    exists_ = dir.exists();
    if (!exists_) return;
    static const QStringList kImageExtensions = {"jpg", "jpeg", "png", "webp", "bmp", "gif"};
    const auto entries = dir.entryList(QDir::Files);
    for (const QString& name : entries) {
        const int dot = name.lastIndexOf('.');
        if (dot <= 0) continue;
        const QString ext = name.mid(dot + 1).toLower();
        if (!kImageExtensions.contains(ext)) continue;
        const QString base = name.left(dot);
        auto it = byBaseName_.find(base);
        if (it == byBaseName_.end()) {
            byBaseName_.insert(base, name);
        } else {
            // Two files for one id: prefer the layout's own extension.
            const QString oldExt = it.value().mid(it.value().lastIndexOf('.') + 1).toLower();
            const int oldRank = preferredExtensions.indexOf(oldExt), newRank = preferredExtensions.indexOf(ext);
            if (newRank >= 0 && (oldRank < 0 || newRank < oldRank)) it.value() = name;
        }
    }
}

QString ImageFolderIndex::find(const QString& sampleId) const {
    const auto it = byBaseName_.find(sampleId);
    return it == byBaseName_.end() ? QString() : folder_ + '/' + it.value();
}

ImageFileCheck quickCheckImageFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {ImageStatus::Missing, "cannot be opened: " + f.errorString()};
    const qint64 size = f.size();
    if (size == 0) return {ImageStatus::Corrupt, "the image file is empty"};
    const QByteArray head = f.read(16);
    const qint64 tailSize = qMin<qint64>(size, 4096);
    f.seek(size - tailSize);
    const QByteArray tail = f.read(tailSize);
    if (head.startsWith("\xFF\xD8\xFF")) {
        // EOI may be followed by padding or a trailer, so look for it in the last 4 KiB.
        if (!tail.contains("\xFF\xD9")) return {ImageStatus::Corrupt, "truncated JPEG (no end-of-image marker)"};
        return {};
    }
    if (head.startsWith("\x89PNG\r\n\x1A\n")) {
        if (!tail.contains("IEND")) return {ImageStatus::Corrupt, "truncated PNG (no IEND chunk)"};
        return {};
    }
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a") || head.startsWith("BM")) return {};
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") return {};
    return {ImageStatus::Corrupt, "not an image (unrecognised file signature)"};
}

} // namespace memescope
