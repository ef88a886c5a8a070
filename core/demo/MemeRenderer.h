#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <cstdint>

namespace memescope {

// Everything needed to draw one synthetic meme deterministically.
struct MemeSpec {
    int width = 400;
    int height = 400;
    enum class Background { Gradient, Noise, Scene } background = Background::Gradient;
    QColor primary, secondary;      // background palette (part of the label signal)
    enum class Motif {
        SweatyFace, Spiral, ThoughtCloud, TenseBed, Zigzag, Storm,                    // AxiOM-flavoured
        FlatFace, RainCloud, Plate, MoonStars, CrackedMirror, Books, Bandage          // RESTORE-flavoured
    } motif = Motif::SweatyFace;
    enum class CaptionStyle { ImpactOutline, DarkOnPanel } captionStyle = CaptionStyle::ImpactOutline;
    QString topText, bottomText;
    uint32_t seed = 0; // jitter of shapes and noise
};

// Draws memes in two caption styles: white condensed-bold capitals with a black outline at top/bottom
// (the classic Impact look), or dark text on a light panel above the picture.
class MemeRenderer {
public:
    // Returns the image and, in `renderedCaption`, exactly the text drawn on it (line breaks as drawn).
    static QImage render(const MemeSpec& spec, QString* renderedCaption = nullptr);
    // The font family names used (loaded from DejaVu files when present; else Qt's default).
    static QString impactFamily();
    static QString panelFamily();
};

} // namespace memescope
