#pragma once

#include <QColor>
#include <QImage>
#include <QPainterPath>
#include <QString>
#include <QVector>
#include <cstdint>

namespace memescope {

// Everything needed to draw one synthetic meme deterministically.
struct MemeSpec {
    int width = 400;
    int height = 400;
    enum class Background { Gradient, Noise, Scene } background = Background::Gradient;
    QColor primary, secondary; // background palette (part of the label signal)
    enum class Motif {
        SweatyFace,
        Spiral,
        ThoughtCloud,
        TenseBed,
        Zigzag,
        Storm, // AxiOM-flavoured
        FlatFace,
        RainCloud,
        Plate,
        MoonStars,
        CrackedMirror,
        Books,
        Bandage // RESTORE-flavoured
    } motif = Motif::SweatyFace;
    enum class CaptionStyle { ImpactOutline, DarkOnPanel } captionStyle = CaptionStyle::ImpactOutline;
    QString topText, bottomText;
    uint32_t seed = 0; // jitter of shapes and noise
};

// Caption text turned into glyph outlines, positioned on the image.
struct CaptionLayout {
    QPainterPath glyphs;
    bool outlined = true; // white fill + black stroke (Impact style), else dark fill
    qreal strokeWidth = 0;
    QString text; // the lines drawn, joined by '\n'
};

// Draws memes in two caption styles: white condensed-bold capitals with a black outline at top/bottom
// (the classic Impact look), or dark text on a light panel above the picture.
class MemeRenderer {
public:
    // Text layout uses Qt's font engines, whose shared FreeType faces rasterise slightly differently when
    // used from several threads at once: call this on ONE thread; render() then only fills vector paths
    // and may run on any number of threads with byte-identical results.
    static QVector<CaptionLayout> layoutCaptions(const MemeSpec& spec);
    // `motifBox` (optional) receives the box the motif covers, in image pixels (the pointing game's truth).
    static QImage render(const MemeSpec& spec, const QVector<CaptionLayout>& captions,
                         QRectF* motifBox = nullptr);
    // Both steps; `renderedCaption` receives exactly the text drawn (line breaks as drawn).
    static QImage render(const MemeSpec& spec, QString* renderedCaption = nullptr);
    // The font family names used (loaded from DejaVu files when present; else Qt's default).
    static QString impactFamily();
    static QString panelFamily();
};

} // namespace memescope
