#pragma once

#include "core/engine/ModelSession.h"
#include "core/ocr/OcrTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QSlider;

namespace memescope {

class HeatLegend;
class MemeCanvas;

// A meme with what was read and what the model attends to: the canvas (OCR boxes, heatmap), its controls
// (OCR boxes, heatmap opacity -- remembered -- and a legend with values), a caption saying what the heatmap
// shows, and the caption's words as the reader wrote them (sub-word pieces merged, special tokens left out):
// pick a word to see where it looks, drag over the image to see which words look there, click an OCR box to
// pick its word. The inspector and the focus view each hold one; the word list is placed by the owner.
class AttentionView : public QWidget {
    Q_OBJECT
public:
    explicit AttentionView(QWidget* parent = nullptr);
    MemeCanvas* canvas() const { return canvas_; }
    QListWidget* wordList() const { return words_; }
    HeatLegend* legend() const { return legend_; }
    QLabel* caption() const { return caption_; }

    // A new meme: its image (null: the placeholder says why) and OCR words; forgets the prediction.
    void setMeme(const QImage& image, const QString& placeholder, const QVector<OcrWord>& ocrWords);
    // The model's reading of the meme: its words listed, and where `word` looks (-1: the first real word).
    void setPrediction(const MemePrediction& prediction, int word = -1);
    const MemePrediction& prediction() const { return prediction_; }
    const QVector<OcrWord>& ocrWords() const { return ocr_; }
    int currentWord() const;
    void setMessage(const QString& text); // under the image, e.g. why there is no heatmap

Q_SIGNALS:
    void focusRequested(); // double-click on the image (when the canvas does not fit on double-click)

private:
    void showWordHeatmap(int word);
    void showRegion(const QRectF& imageRect);
    void pickOcrWord(int index);

    MemeCanvas* canvas_;
    QWidget* controls_;
    QCheckBox* showBoxes_;
    QSlider* opacity_;
    HeatLegend* legend_;
    QLabel* caption_;
    QListWidget* words_;
    MemePrediction prediction_;
    QVector<OcrWord> ocr_;
};

} // namespace memescope
