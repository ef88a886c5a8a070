#pragma once

#include <QCache>
#include <QPixmap>

class QPainter;

namespace memescope {

// A text-only meme drawn as a card with the start of its caption, in the gallery's look, wherever memes
// are shown as tiles (the gallery, the duplicate groups). Each card is laid out once per size and caption
// and kept: wrapping text word by word on every paint would make a list of text-only memes (real datasets
// before their images are fetched) scroll slowly.
class TextCardCache {
public:
    void paint(QPainter* painter, const QRect& box, const QString& caption); // cached
    static void draw(QPainter* painter, const QRect& box, const QString& caption);

private:
    QCache<QString, QPixmap> cards_{48 * 1024}; // by size, pixel ratio and caption; cost in KiB
};

} // namespace memescope
