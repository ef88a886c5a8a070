#pragma once

#include "core/ocr/OcrTypes.h"

#include <QImage>
#include <QWidget>

namespace memescope {

// The meme with what was read and what the model looks at: OCR word boxes coloured by confidence (hover
// shows word and confidence, click picks the word), an attention heatmap blended over the region the vision
// encoder saw (the centre crop), a dragged rectangle selecting image regions. Wheel zooms, dragging with the
// middle button (or with Ctrl) pans; double-click fits (or asks for the focus view).
class MemeCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MemeCanvas(QWidget* parent = nullptr);
    void setImage(const QImage& image, const QString& placeholderText = {});
    void setWords(const QVector<OcrWord>& words);
    void setShowWords(bool show);
    // grid: side x side weights over the centre square crop of the image; empty clears.
    void setHeatmap(const QVector<float>& grid, int side);
    void setOpacity(double opacity);
    void setSelectedWord(int index);
    void fit();
    // Double-click fits the image (the default) or, when false, only emits doubleClicked (the inspector's
    // small canvas opens the focus view with it).
    void setDoubleClickFits(bool fits) { doubleClickFits_ = fits; }
    const QImage& image() const { return image_; }
    QRectF cropRect() const; // the centre square the vision encoder sees, in image pixels
    // Widget <-> image coordinates under the current zoom and pan.
    QPointF toImage(const QPointF& widgetPos) const;
    QRectF toWidget(const QRectF& imageRect) const;

Q_SIGNALS:
    void wordClicked(int index);
    void regionSelected(const QRectF& imageRect); // in image pixels
    void doubleClicked();

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;
    void wheelEvent(QWheelEvent*) override;
    void mouseDoubleClickEvent(QMouseEvent*) override;
    void resizeEvent(QResizeEvent*) override;

private:
    int wordAt(const QPointF& widgetPos) const;
    double baseScale() const;

    QImage image_, heat_;
    QString placeholder_;
    QVector<OcrWord> words_;
    bool showWords_ = true;
    double opacity_ = 0.5, zoom_ = 1.0;
    QPointF pan_;
    int selectedWord_ = -1, hoverWord_ = -1;
    QPointF dragStart_, lastMouse_;
    bool selecting_ = false, panning_ = false, doubleClickFits_ = true;
    QRectF band_;
};

} // namespace memescope
