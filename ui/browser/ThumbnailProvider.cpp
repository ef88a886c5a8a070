#include "ThumbnailProvider.h"

#include "core/imaging/ImageDecoder.h"
#include "core/imaging/Thumbnail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QMetaObject>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QStandardPaths>

namespace memescope {
namespace {

QIcon makeTile(int side, const QColor& fill, const QString& text) {
    QPixmap p(side, side);
    p.fill(fill);
    if (!text.isEmpty()) {
        QPainter painter(&p);
        painter.setPen(QColor(120, 120, 120));
        painter.drawText(p.rect(), Qt::AlignCenter, text);
    }
    return QIcon(p);
}

} // namespace

ThumbnailProvider::ThumbnailProvider(int side, QObject* parent)
    : QObject(parent)
    , side_(side)
    , cache_(4000) {
    placeholder_ = makeTile(side, QColor(235, 235, 235), QString());
    missing_ = makeTile(side, QColor(245, 238, 236), tr("no image"));
    // One core is left to the GUI thread: decoding on every core made scrolling stutter on small machines.
    pool_.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
}

ThumbnailProvider::~ThumbnailProvider() {
    {
        const QMutexLocker lock(&mutex_);
        queue_.clear();
    }
    pool_.waitForDone();
}

QString ThumbnailProvider::diskCacheDir() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/thumbnails";
}

void ThumbnailProvider::clear() {
    {
        const QMutexLocker lock(&mutex_);
        queue_.clear();
    }
    cache_.clear();
    pending_.clear();
    ++generation_;
}

std::optional<QIcon> ThumbnailProvider::known(int64_t rowId) {
    if (QIcon* icon = cache_.object(rowId)) return *icon;
    if (pending_.contains(rowId)) return placeholder_;
    return std::nullopt;
}

QIcon ThumbnailProvider::thumbnail(int64_t rowId, const QString& imagePath) {
    if (imagePath.isEmpty()) return missing_;
    if (QIcon* icon = cache_.object(rowId)) return *icon;
    if (pending_.contains(rowId)) return placeholder_;
    pending_.insert(rowId);
    // Queued for the workers rather than one pool task each: a screenful of new tiles then wakes a thread
    // or two, not one per tile, and the newest request is taken first.
    bool startWorker = false;
    {
        const QMutexLocker lock(&mutex_);
        queue_.append({rowId, imagePath, generation_});
        if (workers_ < pool_.maxThreadCount()) {
            ++workers_;
            startWorker = true;
        }
    }
    if (startWorker) pool_.start([this, self = QPointer<ThumbnailProvider>(this)] { decodeQueued(self); });
    return placeholder_;
}

void ThumbnailProvider::decodeQueued(const QPointer<ThumbnailProvider>& self) {
    // The provider outlives its workers (the destructor empties the queue and waits for them); its result
    // reaches it through `self`, as the GUI thread may have dropped it by then.
    const int side = side_;
    for (;;) {
        Request r;
        {
            const QMutexLocker lock(&mutex_);
            if (queue_.isEmpty()) {
                --workers_;
                return;
            }
            r = queue_.takeLast();
        }
        const QFileInfo info(r.imagePath);
        const QByteArray key =
            QCryptographicHash::hash((r.imagePath + '|' + QString::number(info.size()) + '|' +
                                      QString::number(info.lastModified().toMSecsSinceEpoch()) + '|' +
                                      QString::number(side))
                                         .toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex();
        const QString cached = diskCacheDir() + "/" + key.left(2) + "/" + key + ".jpg";
        QImage image;
        if (QFileInfo::exists(cached)) image = QImageReader(cached).read();
        if (image.isNull()) {
            const DecodedImage decoded = ImageDecoder::decodeFile(r.imagePath);
            if (decoded.ok()) {
                image = makeThumbnail(decoded.rgb, side);
                QDir().mkpath(QFileInfo(cached).path());
                image.save(cached + ".tmp", "JPG", 88);
                QFile::rename(cached + ".tmp", cached);
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, rowId = r.rowId, image, generation = r.generation] {
                if (self && self->generation_ == generation) self->deliver(rowId, image);
            },
            Qt::QueuedConnection);
    }
}

void ThumbnailProvider::deliver(int64_t rowId, const QImage& image) {
    pending_.remove(rowId);
    cache_.insert(rowId, new QIcon(image.isNull() ? missing_ : QIcon(QPixmap::fromImage(image))));
    Q_EMIT thumbnailReady(rowId);
}

} // namespace memescope
