#include "MemeCanvas.h"

#include "core/imaging/Heatmap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>

namespace memescope {

MemeCanvas::MemeCanvas(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(200, 150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MemeCanvas::setImage(const QImage& image, const QString& placeholderText) {
    image_ = image;
    placeholder_ = placeholderText;
    words_.clear();
    heat_ = {};
    selectedWord_ = hoverWord_ = -1;
    band_ = {};
    fit();
}

void MemeCanvas::setWords(const QVector<OcrWord>& words) {
    words_ = words;
    update();
}

void MemeCanvas::setShowWords(bool show) {
    showWords_ = show;
    update();
}

QRectF MemeCanvas::cropRect() const {
    const double s = std::min(image_.width(), image_.height());
    return QRectF((image_.width() - s) / 2.0, (image_.height() - s) / 2.0, s, s);
}

void MemeCanvas::setHeatmap(const QVector<float>& grid, int side) {
    heat_ = {};
    if (!grid.isEmpty() && side > 0 && !image_.isNull()) {
        const int px = 192; // smooth enough; scaled with the image when painted
        const QVector<float> up = Heatmap::upsample(grid, side, side, px, px);
        heat_ = QImage(px, px, QImage::Format_ARGB32);
        for (int y = 0; y < px; ++y)
            for (int x = 0; x < px; ++x) {
                const float t = up[y * px + x];
                QColor c = Heatmap::colorAt(t);
                // Low attention lets the picture through; the top third is nearly opaque so that a focus
                // stands out at the default opacity, also on a busy meme.
                c.setAlphaF(std::min(1.0, 0.08 + 1.2 * double(t)));
                heat_.setPixelColor(x, y, c);
            }
    }
    update();
}

void MemeCanvas::setOpacity(double opacity) {
    opacity_ = opacity;
    update();
}

void MemeCanvas::setSelectedWord(int index) {
    selectedWord_ = index;
    update();
}

double MemeCanvas::baseScale() const {
    if (image_.isNull()) return 1;
    return std::min(double(width()) / image_.width(), double(height()) / image_.height());
}

void MemeCanvas::fit() {
    zoom_ = 1.0;
    pan_ = {};
    update();
}

QRectF MemeCanvas::toWidget(const QRectF& r) const {
    const double s = baseScale() * zoom_;
    const QPointF origin((width() - image_.width() * s) / 2.0 + pan_.x(),
                         (height() - image_.height() * s) / 2.0 + pan_.y());
    return QRectF(origin + r.topLeft() * s, r.size() * s);
}

QPointF MemeCanvas::toImage(const QPointF& p) const {
    const double s = baseScale() * zoom_;
    const QPointF origin((width() - image_.width() * s) / 2.0 + pan_.x(),
                         (height() - image_.height() * s) / 2.0 + pan_.y());
    return (p - origin) / s;
}

int MemeCanvas::wordAt(const QPointF& widgetPos) const {
    if (!showWords_) return -1;
    const QPointF p = toImage(widgetPos);
    for (int i = 0; i < words_.size(); ++i)
        if (QRectF(words_[i].box).contains(p)) return i;
    return -1;
}

void MemeCanvas::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base).darker(104));
    if (image_.isNull()) {
        // No picture: the placeholder is the meme's text (a text-only meme) or why there is none, set
        // large enough to read as the meme itself.
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * (placeholder_.size() < 400 ? 1.35 : 1.1));
        p.setFont(f);
        p.setPen(palette().color(QPalette::Text));
        const QRect box = rect().adjusted(24, 16, -24, -16);
        const QRect needed = p.fontMetrics().boundingRect(box, Qt::TextWordWrap, placeholder_);
        p.drawText(box,
                   Qt::TextWordWrap |
                       (needed.height() < box.height() ? Qt::AlignCenter : Qt::AlignTop | Qt::AlignHCenter),
                   placeholder_);
        return;
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(toWidget(QRectF(image_.rect())), image_);
    if (!heat_.isNull()) {
        p.setOpacity(opacity_);
        p.drawImage(toWidget(cropRect()), heat_);
        p.setOpacity(1.0);
        p.setPen(QPen(QColor(255, 255, 255, 140), 1, Qt::DashLine));
        p.drawRect(toWidget(cropRect()));
    }
    if (showWords_) {
        p.setRenderHint(QPainter::Antialiasing);
        for (int i = 0; i < words_.size(); ++i) {
            // Red (unsure) -> amber -> green (confident).
            const double c = std::clamp(double(words_[i].confidence) / 100.0, 0.0, 1.0);
            const QColor colour = QColor::fromHsvF(0.33 * c, 0.85, 0.9);
            p.setPen(QPen(colour, i == selectedWord_ || i == hoverWord_ ? 3 : 1.5));
            p.setBrush(i == selectedWord_ ? QBrush(QColor(colour.red(), colour.green(), colour.blue(), 60))
                                          : QBrush(Qt::NoBrush));
            p.drawRect(toWidget(QRectF(words_[i].box)));
        }
    }
    if (selecting_ || !band_.isNull()) {
        p.setPen(QPen(QColor(80, 160, 255), 2));
        p.setBrush(QColor(80, 160, 255, 40));
        p.drawRect(toWidget(band_));
    }
}

void MemeCanvas::mousePressEvent(QMouseEvent* e) {
    lastMouse_ = e->position();
    if (e->button() == Qt::MiddleButton ||
        (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ControlModifier))) {
        panning_ = true;
        return;
    }
    if (e->button() != Qt::LeftButton || image_.isNull()) return;
    dragStart_ = toImage(e->position());
    selecting_ = true;
    band_ = {};
}

void MemeCanvas::mouseMoveEvent(QMouseEvent* e) {
    if (panning_) {
        pan_ += e->position() - lastMouse_;
        lastMouse_ = e->position();
        update();
        return;
    }
    if (selecting_) {
        band_ = QRectF(dragStart_, toImage(e->position())).normalized().intersected(QRectF(image_.rect()));
        update();
        return;
    }
    const int w = wordAt(e->position());
    if (w != hoverWord_) {
        hoverWord_ = w;
        update();
    }
    if (w >= 0)
        QToolTip::showText(
            e->globalPosition().toPoint(),
            tr("“%1” — confidence %2").arg(words_[w].text).arg(words_[w].confidence, 0, 'f', 0), this);
    else
        QToolTip::hideText();
}

void MemeCanvas::mouseReleaseEvent(QMouseEvent* e) {
    if (panning_) {
        panning_ = false;
        return;
    }
    if (!selecting_) return;
    selecting_ = false;
    const QRectF imageBand = band_;
    const QRectF widgetBand = toWidget(imageBand);
    if (widgetBand.width() < 6 && widgetBand.height() < 6) { // a click, not a drag
        band_ = {};
        const int w = wordAt(e->position());
        if (w >= 0) {
            selectedWord_ = w;
            Q_EMIT wordClicked(w);
        }
        update();
        return;
    }
    Q_EMIT regionSelected(imageBand);
}

void MemeCanvas::wheelEvent(QWheelEvent* e) {
    const double factor = std::pow(1.0015, e->angleDelta().y());
    const QPointF before = toImage(e->position());
    zoom_ = std::clamp(zoom_ * factor, 0.2, 20.0);
    // Keep the point under the cursor where it is.
    const QPointF after = toWidget(QRectF(before, QSizeF(0, 0))).topLeft();
    pan_ += e->position() - after;
    update();
}

void MemeCanvas::mouseDoubleClickEvent(QMouseEvent*) {
    if (doubleClickFits_) fit();
    Q_EMIT doubleClicked();
}

void MemeCanvas::resizeEvent(QResizeEvent*) {
    update();
}

} // namespace memescope
