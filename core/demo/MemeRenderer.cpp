#include "MemeRenderer.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <random>

namespace memescope {
namespace {

QString loadFamily(const char* file, const char* fallback) {
    const QString path = QStringLiteral("/usr/share/fonts/truetype/dejavu/") + file;
    if (QFile::exists(path)) {
        const int id = QFontDatabase::addApplicationFont(path);
        const QStringList fams = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList();
        if (!fams.isEmpty()) return fams.first();
    }
    return fallback;
}

QString cachedFamily(bool impact) {
    static QMutex mutex;
    static QString impactName, panelName;
    QMutexLocker lock(&mutex);
    if (impactName.isEmpty()) {
        impactName = loadFamily("DejaVuSansCondensed-Bold.ttf", "Sans Serif");
        panelName = loadFamily("DejaVuSans-Bold.ttf", "Sans Serif");
    }
    return impact ? impactName : panelName;
}

// Greedy word wrap to `maxWidth`; returns the lines.
QStringList wrap(const QString& text, const QFontMetricsF& fm, qreal maxWidth) {
    QStringList lines;
    QString line;
    for (const QString& word : text.split(' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + ' ' + word;
        if (!line.isEmpty() && fm.horizontalAdvance(candidate) > maxWidth) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.isEmpty()) lines << line;
    return lines;
}

// Largest font (up to `maxPx`) for which `text` wraps into at most 2 lines within `maxWidth`.
QFont fitFont(const QString& family, const QString& text, qreal maxWidth, int maxPx, int minPx,
              QStringList& lines) {
    QFont font(family);
    font.setBold(true);
    // Unhinted outlines: glyph shapes then do not depend on which thread's font engine drew them, so the
    // same seed gives byte-identical images however the work is spread over cores.
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setStyleStrategy(QFont::StyleStrategy(QFont::ForceOutline | QFont::NoSubpixelAntialias));
    for (int px = maxPx; px >= minPx; px -= 2) {
        font.setPixelSize(px);
        lines = wrap(text, QFontMetricsF(font), maxWidth);
        bool fits = lines.size() <= 2;
        for (const auto& l : lines)
            fits &= QFontMetricsF(font).horizontalAdvance(l) <= maxWidth;
        if (fits) return font;
    }
    font.setPixelSize(minPx);
    lines = wrap(text, QFontMetricsF(font), maxWidth);
    return font;
}

void drawBackground(QPainter& p, const MemeSpec& s, std::mt19937& rng, const QRectF& area) {
    switch (s.background) {
    case MemeSpec::Background::Gradient: {
        QLinearGradient g(area.topLeft(), rng() % 2 ? area.bottomRight() : area.bottomLeft());
        g.setColorAt(0, s.primary);
        g.setColorAt(1, s.secondary);
        p.fillRect(area, g);
        break;
    }
    case MemeSpec::Background::Noise: {
        // Smooth coloured noise: a tiny random image scaled up with bilinear filtering.
        QImage small(12, 12, QImage::Format_RGB32);
        for (int y = 0; y < 12; ++y)
            for (int x = 0; x < 12; ++x) {
                const double t = (rng() % 1000) / 1000.0;
                const QColor c = QColor::fromRgbF(s.primary.redF() * (1 - t) + s.secondary.redF() * t,
                                                  s.primary.greenF() * (1 - t) + s.secondary.greenF() * t,
                                                  s.primary.blueF() * (1 - t) + s.secondary.blueF() * t);
                small.setPixel(x, y, c.rgb());
            }
        p.save();
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(area, small);
        p.restore();
        break;
    }
    case MemeSpec::Background::Scene: {
        p.fillRect(area, s.primary);
        const qreal horizon = area.top() + area.height() * (0.55 + (rng() % 20) / 100.0);
        p.fillRect(QRectF(area.left(), horizon, area.width(), area.bottom() - horizon), s.secondary);
        p.setBrush(s.secondary.lighter(150));
        p.setPen(Qt::NoPen);
        const qreal r = area.width() * 0.08;
        p.drawEllipse(QPointF(area.left() + area.width() * (0.1 + (rng() % 80) / 100.0),
                              area.top() + area.height() * 0.3),
                      r, r);
        break;
    }
    }
}

// The part of the picture a motif covers, relative to its centre in units of its scale u (read off the
// shapes drawMotif draws below; the moon's scattered stars are background, not the motif).
QRectF motifExtent(MemeSpec::Motif motif) {
    using M = MemeSpec::Motif;
    switch (motif) {
    case M::SweatyFace:
    case M::FlatFace:
        return {-1.1, -1.0, 2.2, 2.0};
    case M::Spiral:
        return {-1.2, -1.2, 2.4, 2.4};
    case M::ThoughtCloud:
        return {-1.25, -0.65, 2.5, 1.75};
    case M::RainCloud:
        return {-1.25, -0.65, 2.5, 1.9};
    case M::Storm:
        return {-1.25, -0.65, 2.5, 2.15};
    case M::TenseBed:
        return {-1.2, -0.85, 2.4, 1.35};
    case M::Zigzag:
        return {-1.2, -0.8, 2.4, 1.6};
    case M::Plate:
        return {-1.4, -0.8, 2.82, 1.6};
    case M::MoonStars:
        return {-0.8, -0.8, 1.6, 1.6};
    case M::CrackedMirror:
        return {-0.7, -1.0, 1.4, 2.0};
    case M::Books:
        return {-1.0, -0.85, 2.0, 1.75};
    case M::Bandage: // a 2.2 x 0.6 bar turned by 30 degrees
        return {-1.1, -0.81, 2.2, 1.62};
    }
    return {-1, -1, 2, 2};
}

// Draws the motif and returns the box it covers (image pixels).
QRectF drawMotif(QPainter& p, const MemeSpec& s, std::mt19937& rng, const QRectF& area) {
    // Where and how large the motif is drawn varies from meme to meme (up to a fifth of the picture off
    // centre, 0.75-1.25x), as the subject of real meme pictures does: memes of one class share a motif, not
    // one picture (near-duplicate detection must not find every meme of a class alike).
    const QPointF c = area.center() + QPointF((int(rng() % 41) - 20) * area.width() / 100.0,
                                              (int(rng() % 41) - 20) * area.height() / 100.0);
    const qreal u = qMin(area.width(), area.height()) * 0.22 * (0.75 + (rng() % 51) / 100.0); // motif scale
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QPen outline(QColor(30, 30, 30), qMax<qreal>(2, u / 18));
    p.setPen(outline);
    using M = MemeSpec::Motif;
    switch (s.motif) {
    case M::SweatyFace:
    case M::FlatFace: {
        p.setBrush(s.motif == M::SweatyFace ? QColor(255, 214, 70) : QColor(170, 170, 170));
        p.drawEllipse(c, u, u);
        p.setBrush(QColor(30, 30, 30));
        p.drawEllipse(c + QPointF(-u * 0.35, -u * 0.2), u * 0.1, u * 0.14);
        p.drawEllipse(c + QPointF(u * 0.35, -u * 0.2), u * 0.1, u * 0.14);
        p.setBrush(Qt::NoBrush);
        if (s.motif == M::SweatyFace) {
            QPainterPath mouth(c + QPointF(-u * 0.45, u * 0.4));
            for (int i = 1; i <= 6; ++i)
                mouth.lineTo(c + QPointF(-u * 0.45 + i * u * 0.15, u * (i % 2 ? 0.3 : 0.45)));
            p.drawPath(mouth);
            p.setBrush(QColor(90, 170, 255));
            p.drawEllipse(c + QPointF(u * 0.95, -u * 0.5), u * 0.12, u * 0.2);
            p.drawEllipse(c + QPointF(-u * 0.95, -u * 0.3), u * 0.1, u * 0.17);
        } else {
            p.drawLine(c + QPointF(-u * 0.4, u * 0.4), c + QPointF(u * 0.4, u * 0.4));
        }
        break;
    }
    case M::Spiral: {
        QPainterPath path(c);
        for (int i = 0; i < 200; ++i) {
            const qreal a = i * 0.15, r = u * i / 200.0 * 1.2;
            path.lineTo(c + QPointF(r * qCos(a), r * qSin(a)));
        }
        p.setPen(QPen(QColor(120, 40, 160), u / 10));
        p.drawPath(path);
        break;
    }
    case M::ThoughtCloud:
    case M::RainCloud:
    case M::Storm: {
        p.setBrush(s.motif == M::Storm ? QColor(60, 60, 70)
                                       : (s.motif == M::RainCloud ? QColor(150, 160, 180) : Qt::white));
        for (int i = 0; i < 5; ++i)
            p.drawEllipse(c + QPointF((i - 2) * u * 0.4, (i % 2) * -u * 0.25), u * 0.45, u * 0.38);
        if (s.motif == M::ThoughtCloud) {
            p.drawEllipse(c + QPointF(-u * 0.9, u * 0.7), u * 0.15, u * 0.15);
            p.drawEllipse(c + QPointF(-u * 1.1, u * 1.0), u * 0.09, u * 0.09);
        } else if (s.motif == M::RainCloud) {
            p.setPen(QPen(QColor(40, 90, 200), u / 14));
            for (int i = 0; i < 7; ++i) {
                const QPointF d = c + QPointF((i - 3) * u * 0.3, u * (0.6 + (i % 3) * 0.2));
                p.drawLine(d, d + QPointF(-u * 0.08, u * 0.25));
            }
        } else {
            p.setBrush(QColor(255, 220, 0));
            const QPolygonF bolt({c + QPointF(0, u * 0.3), c + QPointF(-u * 0.3, u * 0.9),
                                  c + QPointF(-u * 0.05, u * 0.9), c + QPointF(-u * 0.25, u * 1.5),
                                  c + QPointF(u * 0.35, u * 0.7), c + QPointF(u * 0.1, u * 0.7),
                                  c + QPointF(u * 0.3, u * 0.3)});
            p.drawPolygon(bolt);
        }
        break;
    }
    case M::TenseBed: {
        p.setBrush(QColor(140, 90, 60));
        p.drawRect(QRectF(c + QPointF(-u * 1.2, 0), QSizeF(u * 2.4, u * 0.5)));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(c + QPointF(-u * 1.1, -u * 0.25), QSizeF(u * 0.6, u * 0.3)));
        p.drawEllipse(c + QPointF(-u * 0.8, -u * 0.55), u * 0.3, u * 0.3);
        p.setBrush(Qt::black);
        p.drawEllipse(c + QPointF(-u * 0.8, -u * 0.55), u * 0.12, u * 0.12);
        break;
    }
    case M::Zigzag: {
        p.setPen(QPen(QColor(220, 60, 40), u / 9));
        for (int row = -1; row <= 1; ++row) {
            QPainterPath z(c + QPointF(-u * 1.2, row * u * 0.6));
            for (int i = 1; i <= 8; ++i)
                z.lineTo(c + QPointF(-u * 1.2 + i * u * 0.3, row * u * 0.6 + (i % 2 ? -u * 0.2 : u * 0.2)));
            p.drawPath(z);
        }
        break;
    }
    case M::Plate: {
        p.setBrush(Qt::white);
        p.drawEllipse(c, u, u * 0.8);
        p.drawEllipse(c, u * 0.6, u * 0.45);
        p.setBrush(QColor(180, 180, 190));
        p.drawRect(QRectF(c + QPointF(-u * 1.4, -u * 0.7), QSizeF(u * 0.12, u * 1.4)));
        p.drawRect(QRectF(c + QPointF(u * 1.3, -u * 0.7), QSizeF(u * 0.12, u * 1.4)));
        break;
    }
    case M::MoonStars: {
        p.setBrush(QColor(250, 240, 180));
        QPainterPath moon;
        moon.addEllipse(c, u * 0.8, u * 0.8);
        QPainterPath bite;
        bite.addEllipse(c + QPointF(u * 0.35, -u * 0.2), u * 0.7, u * 0.7);
        p.drawPath(moon.subtracted(bite));
        p.setPen(Qt::NoPen);
        for (int i = 0; i < 6; ++i)
            p.drawEllipse(area.topLeft() + QPointF(area.width() * ((rng() % 90) + 5) / 100.0,
                                                   area.height() * ((rng() % 90) + 5) / 100.0),
                          u * 0.06, u * 0.06);
        break;
    }
    case M::CrackedMirror: {
        p.setBrush(QColor(200, 230, 240));
        p.drawEllipse(c, u * 0.7, u);
        p.setPen(QPen(QColor(40, 40, 40), u / 20));
        p.drawLine(c + QPointF(-u * 0.5, -u * 0.6), c + QPointF(0, 0));
        p.drawLine(c, c + QPointF(u * 0.4, u * 0.7));
        p.drawLine(c, c + QPointF(u * 0.55, -u * 0.3));
        break;
    }
    case M::Books: {
        const QColor cols[] = {QColor(200, 60, 60), QColor(60, 120, 200), QColor(60, 160, 90)};
        for (int i = 0; i < 3; ++i) {
            p.setBrush(cols[i]);
            p.drawRect(
                QRectF(c + QPointF(-u + i * u * 0.1, u * 0.6 - i * u * 0.35), QSizeF(u * 1.8, u * 0.3)));
        }
        p.setBrush(QColor(30, 30, 30));
        for (int i = 0; i < 5; ++i)
            p.drawEllipse(c + QPointF((i - 2) * u * 0.4, -u * (0.6 + (i % 2) * 0.25)), u * 0.06, u * 0.06);
        break;
    }
    case M::Bandage: {
        p.translate(c);
        p.rotate(-30);
        p.setBrush(QColor(230, 190, 150));
        p.drawRoundedRect(QRectF(-u * 1.1, -u * 0.3, u * 2.2, u * 0.6), u * 0.3, u * 0.3);
        p.setBrush(QColor(245, 225, 200));
        p.drawRect(QRectF(-u * 0.35, -u * 0.3, u * 0.7, u * 0.6));
        break;
    }
    }
    p.restore();
    const QRectF e = motifExtent(s.motif);
    return QRectF(c + e.topLeft() * u, e.size() * u).intersected(QRectF(0, 0, s.width, s.height));
}

// Lays out caption lines centred in `box` as glyph outlines: white with a black outline (Impact style)
// or plain dark text.
CaptionLayout layoutCaption(const QString& text, const QRectF& box, bool outline, bool top) {
    CaptionLayout layout;
    layout.outlined = outline;
    if (text.trimmed().isEmpty()) return layout;
    const QString family = cachedFamily(outline);
    const QString shown = outline ? text.toUpper() : text;
    QStringList lines;
    const int maxPx = int(qBound(18.0, box.width() / 11.0, 56.0));
    const QFont font = fitFont(family, shown, box.width() * 0.94, maxPx, 14, lines);
    const QFontMetricsF fm(font);
    const qreal lineH = fm.height();
    qreal y = top ? box.top() + fm.ascent() : box.bottom() - lineH * lines.size() + fm.ascent();
    for (const QString& line : lines) {
        const qreal x = box.left() + (box.width() - fm.horizontalAdvance(line)) / 2;
        layout.glyphs.addText(QPointF(x, y), font, line);
        y += lineH;
    }
    layout.strokeWidth = qMax<qreal>(2.0, font.pixelSize() / 8.0);
    layout.text = lines.join('\n');
    return layout;
}

void drawCaption(QPainter& p, const CaptionLayout& c) {
    if (c.glyphs.isEmpty()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    if (c.outlined) {
        p.strokePath(c.glyphs, QPen(Qt::black, c.strokeWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.fillPath(c.glyphs, Qt::white);
    } else {
        p.fillPath(c.glyphs, QColor(20, 20, 20));
    }
    p.restore();
}

} // namespace

QString MemeRenderer::impactFamily() {
    return cachedFamily(true);
}
QString MemeRenderer::panelFamily() {
    return cachedFamily(false);
}

namespace {

QRectF panelRect(const MemeSpec& spec) {
    return QRectF(0, 0, spec.width, spec.height * 0.34);
}

} // namespace

QVector<CaptionLayout> MemeRenderer::layoutCaptions(const MemeSpec& spec) {
    const QRectF full(0, 0, spec.width, spec.height);
    if (spec.captionStyle == MemeSpec::CaptionStyle::ImpactOutline) {
        const qreal margin = spec.width * 0.03;
        return {
            layoutCaption(spec.topText, full.adjusted(margin, margin, -margin, -spec.height / 2), true, true),
            layoutCaption(spec.bottomText, full.adjusted(margin, spec.height / 2, -margin, -margin), true,
                          false)};
    }
    const qreal margin = spec.width * 0.04;
    const QRectF panel = panelRect(spec).adjusted(margin, margin, -margin, -margin);
    return {layoutCaption((spec.topText + ' ' + spec.bottomText).trimmed(), panel, false, true)};
}

QImage MemeRenderer::render(const MemeSpec& spec, const QVector<CaptionLayout>& captions, QRectF* motifBox) {
    std::mt19937 rng(spec.seed);
    QImage img(spec.width, spec.height, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    const QRectF full(0, 0, spec.width, spec.height);
    QRectF box;
    if (spec.captionStyle == MemeSpec::CaptionStyle::ImpactOutline) {
        drawBackground(p, spec, rng, full);
        box = drawMotif(p, spec, rng, full.adjusted(0, spec.height * 0.2, 0, -spec.height * 0.2));
    } else {
        // Light panel on top with dark text, the picture below.
        const QRectF panel = panelRect(spec);
        const QRectF picture(0, panel.height(), spec.width, spec.height - panel.height());
        drawBackground(p, spec, rng, picture);
        box = drawMotif(p, spec, rng, picture).intersected(picture); // the panel covers what is above
        p.fillRect(panel, QColor(250, 250, 245));
    }
    for (const CaptionLayout& c : captions)
        drawCaption(p, c);
    p.end();
    if (motifBox) *motifBox = box;
    return img;
}

QImage MemeRenderer::render(const MemeSpec& spec, QString* renderedCaption) {
    const QVector<CaptionLayout> captions = layoutCaptions(spec);
    if (renderedCaption) {
        QStringList parts;
        for (const auto& c : captions)
            if (!c.text.isEmpty()) parts << c.text;
        *renderedCaption = parts.join('\n');
    }
    return render(spec, captions);
}

} // namespace memescope
