#include "ImageFileCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace memescope {

const QStringList& imageFileExtensions() {
    static const QStringList extensions = {"jpg", "jpeg", "png", "webp", "bmp", "gif"};
    return extensions;
}

ImageFolderIndex::ImageFolderIndex(const QString& folder, const QStringList& preferredExtensions)
    : folder_(QDir(folder).absolutePath()) {
    QDir dir(folder_);
    exists_ = dir.exists();
    if (!exists_) return;
    const auto entries = dir.entryList(QDir::Files);
    for (const QString& name : entries) {
        const int dot = name.lastIndexOf('.');
        if (dot <= 0) continue;
        const QString ext = name.mid(dot + 1).toLower();
        if (!imageFileExtensions().contains(ext)) continue;
        const QString base = name.left(dot);
        auto it = byBaseName_.find(base);
        if (it == byBaseName_.end()) {
            byBaseName_.insert(base, name);
        } else {
            // Two files for one id: prefer the layout's own extension.
            const QString oldExt = it.value().mid(it.value().lastIndexOf('.') + 1).toLower();
            const int oldRank = preferredExtensions.indexOf(oldExt),
                      newRank = preferredExtensions.indexOf(ext);
            if (newRank >= 0 && (oldRank < 0 || newRank < oldRank)) it.value() = name;
        }
    }
}

ImageFileCheck quickCheckImageFile(const QString& path) {
    // Plain POSIX calls: this runs once per sample on import (100,000 files), where QFile's per-file
    // engine setup costs more than the reads themselves.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {ImageStatus::Missing,
                QStringLiteral("cannot be opened: %1").arg(QString::fromLocal8Bit(strerror(errno)))};
    struct stat st {};
    char head[16] = {};
    char tailBuf[4096];
    qint64 tailSize = 0;
    ssize_t headRead = 0;
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        headRead = ::pread(fd, head, sizeof head, 0);
        tailSize = qMin<qint64>(st.st_size, qint64(sizeof tailBuf));
        tailSize = qMax<qint64>(0, ::pread(fd, tailBuf, size_t(tailSize), st.st_size - tailSize));
    }
    ::close(fd);
    const QByteArray h = QByteArray::fromRawData(head, int(qMax<ssize_t>(0, headRead)));
    const QByteArray tail = QByteArray::fromRawData(tailBuf, int(tailSize));
    const QString problem = imageStructureProblem(h, tail, st.st_size);
    if (!problem.isEmpty()) return {ImageStatus::Corrupt, problem};
    return {};
}

QString imageStructureProblem(const QByteArray& head, const QByteArray& tail, qint64 size) {
    if (size == 0) return "the image file is empty";
    if (head.startsWith("\xFF\xD8\xFF"))
        // EOI may be followed by padding or a trailer, so look for it in the last 4 KiB.
        return tail.contains("\xFF\xD9") ? QString() : "truncated JPEG (no end-of-image marker)";
    if (head.startsWith("\x89PNG\r\n\x1A\n"))
        return tail.contains("IEND") ? QString() : "truncated PNG (no IEND chunk)";
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a") || head.startsWith("BM")) return {};
    if (head.startsWith("RIFF") && head.mid(8, 4) == "WEBP") return {};
    return "not an image (unrecognised file signature)";
}

} // namespace memescope
