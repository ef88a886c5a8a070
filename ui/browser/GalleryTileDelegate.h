#pragma once

#include <QCache>
#include <QHash>
#include <QPixmap>
#include <QStaticText>
#include <QStyledItemDelegate>
#include <vector>

namespace memescope {

class SampleTableModel;

// A gallery tile: the thumbnail -- or, for a text-only meme, a card with its caption -- then the meme's id,
// its label chips (the label colours; names in the tooltip) and, with a run selected, a right/wrong mark
// with the model's confidence; a meme that repeats another (the session's duplicate result) has a mark in
// the picture's corner. The verdict style (error analysis) spells out the given and the predicted
// labels on their own lines, with a score. Every tile has the same size whatever its data, so the grid
// never reflows into odd boxes when rows leave or enter a filtered view.
//
// Each tile is drawn once into a pixmap kept in a bounded cache shared by every tile delegate, keyed by
// everything its look depends on (the data it shows, the thumbnail it got, selection, size, pixel ratio,
// palette, font, label schema). A repaint of a tile seen before (scrolling back, a selection moving, a
// neighbour's thumbnail arriving) is then one pixmap copy; a relabel, a run's predictions, an arriving
// thumbnail or a new duplicate result give the tile another key, so nothing has to be invalidated by hand.
class GalleryTileDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Style { Gallery, Verdict };
    static constexpr int ScoreRole = Qt::UserRole + 100; // double, the verdict's score (a model may give it)
    GalleryTileDelegate(const SampleTableModel* samples, int side, QObject* parent = nullptr,
                        Style style = Style::Gallery);
    // Verdict style: how the score (ScoreRole) is shown, "%1" = the number.
    void setScoreFormat(const QString& format);
    QSize tileSize() const;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

    // Tiles painted from the cache and drawn afresh since the program started (for tests and benchmarks).
    static qint64 cachedPaints();
    static qint64 freshPaints();

    struct Look; // what a tile shows, read from the model once per paint
    // Everything a tile's pixels depend on: two tiles with equal keys look the same.
    struct Key {
        int width = 0, height = 0;
        qreal pixelRatio = 1;
        qint64 palette = 0;
        int colorGroup = 0;
        size_t font = 0, schema = 0, scoreFormat = 0;
        bool selected = false;
        QString text;    // the meme's id
        qint64 icon = 0; // the thumbnail's cache key (0: a text card)
        QString caption; // a text card's caption
        int duplicate = 0;
        bool labelled = false, predicted = false, hasCorrect = false, correct = false, hasConfidence = false,
             hasScore = false;
        quint64 labelMask = 0, predictedMask = 0;
        double confidence = 0, score = 0;
        bool operator==(const Key& o) const;
    };
    // A cached tile. When the cache drops it, its pixmap becomes a spare that the next tile drawn afresh
    // reuses: its memory and the paint engine it keeps, rather than allocating and faulting in 100+ KB.
    struct Tile {
        QPixmap pixmap;
        std::vector<QPixmap>* spares = nullptr;
        ~Tile();
    };

private:
    void draw(QPainter* painter, const QStyleOptionViewItem& option, const Look& look) const;
    void paintDuplicateMark(QPainter* painter, const QRect& picture, int duplicate) const;
    void paintVerdict(QPainter* painter, const QStyleOptionViewItem& option, const Look& look,
                      const QRect& below) const;
    // Verdict tiles: the id with the score, then what the meme is and what the model said, two lines each
    // (label names are what a mistake is about: wrapped, not cut to "Feeling Do…").
    int textLines() const { return style_ == Style::Verdict ? 5 : 3; }
    // Up to two lines of `text` in `box` (two line heights), wrapped at words, the rest elided; the first
    // line starts `firstIndent` pixels in (after label chips).
    void drawTwoLines(QPainter* painter, const QRect& box, const QString& text, int firstIndent = 0) const;
    // A label chip, drawn once per colour and pixel ratio: antialiased rounded rectangles were the dearest
    // part of a tile drawn afresh.
    const QPixmap& chip(const QColor& colour, qreal ratio) const;
    // One line of text in `box`, aligned, elided to fit. Texts that recur on many tiles (label names, the
    // confidence marks, "unlabelled") are laid out once and kept; a meme's own id is shaped once per tile
    // drawn (QFontMetrics::elidedText and then QPainter::drawText would shape it twice).
    void drawLine(QPainter* painter, const QRect& box, Qt::Alignment align, const QString& text,
                  Qt::TextElideMode mode, bool recurring) const;

    const SampleTableModel* samples_;
    int side_;
    Style style_;
    QString scoreFormat_ = QStringLiteral("%1");
    size_t schemaKey_ = 0; // the label schema's names and colours, hashed: part of every tile's key
    mutable std::vector<QPixmap> spares_; // before tiles_: destroyed after it
    mutable QCache<Key, Tile> tiles_;     // cost in KiB; grows to four views' worth of tiles
    mutable QHash<QPair<QRgb, qreal>, QPixmap> chips_;
    mutable QHash<QPair<int, qreal>, QPixmap> badges_; // duplicate marks by kind and pixel ratio
    mutable QHash<QString, QStaticText> texts_;        // recurring texts, elided, for the font below
    mutable size_t textsFont_ = 0;
};

size_t qHash(const GalleryTileDelegate::Key& key, size_t seed = 0);

} // namespace memescope
