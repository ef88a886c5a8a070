#pragma once

#include <QCache>
#include <QIcon>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QVector>
#include <optional>

namespace memescope {

// Thumbnails for the gallery: decoded and scaled on a background pool (never on the GUI thread), kept in
// memory (LRU) and on disk (the user's cache folder, keyed by path, size and modification time) so a
// project reopens with its gallery painted at once. Asking for one not ready returns a placeholder and
// thumbnailReady() follows. The latest requests are decoded first (the tiles on screen now, not those
// scrolled past), by at most one thread fewer than the machine has cores: the GUI thread keeps one.
class ThumbnailProvider : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailProvider(int side = 160, QObject* parent = nullptr);
    ~ThumbnailProvider() override;

    QIcon thumbnail(int64_t rowId, const QString& imagePath);
    // The thumbnail, or the placeholder while it is decoded; nullopt when it was never asked for (or has
    // been dropped from memory): then thumbnail() asks, with the image's path resolved only then.
    std::optional<QIcon> known(int64_t rowId);
    int side() const { return side_; }
    static QString diskCacheDir();
    void clear(); // forget everything in memory (e.g. when the project changes)
    void waitForDone() { pool_.waitForDone(); }

Q_SIGNALS:
    void thumbnailReady(int64_t rowId);

private:
    struct Request {
        int64_t rowId;
        QString imagePath;
        int generation;
    };
    void deliver(int64_t rowId, const QImage& image);
    // A worker: decodes the latest request until none is left; delivers through `self`.
    void decodeQueued(const QPointer<ThumbnailProvider>& self);

    int side_;
    QCache<int64_t, QIcon> cache_;
    QSet<int64_t> pending_;
    QIcon placeholder_, missing_;
    QThreadPool pool_;
    int generation_ = 0;
    QMutex mutex_; // guards queue_ and workers_, shared with the workers
    QVector<Request> queue_;
    int workers_ = 0;
};

} // namespace memescope
