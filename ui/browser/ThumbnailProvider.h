#pragma once

#include <QCache>
#include <QIcon>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace memescope {

// Thumbnails for the gallery: decoded and scaled on a background pool (never on the GUI thread), kept in
// memory (LRU) and on disk (the user's cache folder, keyed by path, size and modification time) so a
// project reopens with its gallery painted at once. Asking for one not ready returns a placeholder and
// thumbnailReady() follows.
class ThumbnailProvider : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailProvider(int side = 160, QObject* parent = nullptr);
    ~ThumbnailProvider() override;

    QIcon thumbnail(int64_t rowId, const QString& imagePath);
    int side() const { return side_; }
    static QString diskCacheDir();
    void clear(); // forget everything in memory (e.g. when the project changes)
    void waitForDone() { pool_.waitForDone(); }

Q_SIGNALS:
    void thumbnailReady(int64_t rowId);

private:
    void deliver(int64_t rowId, const QImage& image);

    int side_;
    QCache<int64_t, QIcon> cache_;
    QSet<int64_t> pending_;
    QIcon placeholder_, missing_;
    QThreadPool pool_;
    int generation_ = 0;
};

} // namespace memescope
