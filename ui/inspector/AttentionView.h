#pragma once

#include "core/engine/ModelSession.h"
#include "core/ocr/OcrTypes.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSlider;

namespace memescope {

class HeatLegend;
class MemeCanvas;

// A meme with what was read and what drove the model: the canvas (OCR boxes, heatmap), a bar choosing the
// explanation (method: relevance by default, integrated gradients or raw attention -- remembered -- and the
// class: the predicted one by default, any label), the controls (OCR boxes, heatmap opacity -- remembered --
// and a legend naming the method with its range), a caption saying what the heatmap shows, and the caption's
// words as the reader wrote them (sub-word pieces merged, special tokens left out). With relevance or
// integrated gradients the heatmap and the words are coloured by what raised the class's score; with raw
// attention, pick a word to see where it looks or drag over the image to see which words look there. The
// owner computes explanations (explanationWanted -> setExplanation). The inspector and the focus view each
// hold one; the word list is placed by the owner.
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
    // Draws `grid` (side x side over the crop) with the legend named `legendName` spanning its min..max (the
    // range the colours are stretched over) and `caption` under it; an empty grid clears the heatmap.
    void showHeatmap(const QVector<float>& grid, int side, const QString& legendName, const QString& caption);

    // The explanation bar for this meme: the labels to choose from and the one the model predicted (the
    // default class); a TF-IDF run explains by word weights only. Hidden until called after setMeme.
    void setExplanationChoices(const QStringList& labels, int predicted, bool tfidfRun);
    ExplanationMethod method() const;
    int explainedClass() const; // -1 before setExplanationChoices
    void setExplanation(const MemeExplanation& explanation);
    void setExplanationPending(const QString& text); // computing: the caption says so, the old map goes
    const std::optional<MemeExplanation>& explanation() const { return explanation_; }
    QComboBox* methodBox() const { return method_; }
    QComboBox* classBox() const { return class_; }

Q_SIGNALS:
    void focusRequested(); // double-click on the image (when the canvas does not fit on double-click)
    // The user chose another method or class (or choices were set) and the method needs a computed map.
    void explanationWanted(ExplanationMethod method, int classIndex);

private:
    void choiceChanged();
    void showAttention(); // raw attention: the picked word's heatmap
    void clearWordColours();
    void showWordHeatmap(int word);
    void showRegion(const QRectF& imageRect);
    void pickOcrWord(int index);

    MemeCanvas* canvas_;
    QWidget* controls_;
    QWidget* explainBar_;
    QComboBox* method_;
    QComboBox* class_;
    std::optional<MemeExplanation> explanation_;
    QCheckBox* showBoxes_;
    QSlider* opacity_;
    HeatLegend* legend_;
    QLabel* caption_;
    QListWidget* words_;
    MemePrediction prediction_;
    QVector<OcrWord> ocr_;
};

} // namespace memescope
