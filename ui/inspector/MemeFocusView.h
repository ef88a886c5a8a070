#pragma once

#include "core/engine/ModelSession.h"
#include "core/ocr/OcrTypes.h"

#include <QDialog>

class QLabel;

namespace memescope {

class AttentionView;

// One meme as large as the screen allows, for reading it and its attention: the image with OCR boxes and
// the heatmap (legend with values), the caption's words beside it to click, and the model's label
// probabilities when they may be shown. Opened from the inspector (Space, double-click); Esc or Space closes.
class MemeFocusView : public QDialog {
    Q_OBJECT
public:
    struct Content {
        QString title;
        QImage image;
        QString placeholder; // why there is no image
        QString text;        // the meme's text, for a text-only meme or a long caption
        QVector<OcrWord> ocrWords;
        std::optional<MemePrediction> prediction;
        int word = -1;             // the inspector's picked word
        QStringList probabilities; // "Label  0.812" lines; empty hides the section (blind labelling)
    };
    MemeFocusView(const Content& content, QWidget* parent = nullptr);
    AttentionView* view() const { return view_; }

protected:
    void keyPressEvent(QKeyEvent* e) override;

private:
    AttentionView* view_;
};

} // namespace memescope
