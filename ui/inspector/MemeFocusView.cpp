#include "MemeFocusView.h"

#include "AttentionView.h"
#include "MemeCanvas.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace memescope {

MemeFocusView::MemeFocusView(const Content& content, QWidget* parent)
    : QDialog(parent) {
    setObjectName("MemeFocusView");
    setWindowTitle(content.title);
    auto* layout = new QVBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    view_ = new AttentionView(split);
    view_->setMeme(content.image, content.placeholder, content.ocrWords);
    split->addWidget(view_);

    auto* side = new QWidget(split);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(content.title.toHtmlEscaped()), side);
    title->setWordWrap(true);
    sideLayout->addWidget(title);
    auto* wordsTitle = new QLabel(
        tr("<b>Words the model reads</b> (coloured by the chosen method; with raw attention, click "
           "one or drag over the image)"),
        side);
    wordsTitle->setWordWrap(true);
    sideLayout->addWidget(wordsTitle);
    view_->wordList()->setParent(side);
    sideLayout->addWidget(view_->wordList(), 2);
    if (!content.probabilities.isEmpty()) {
        sideLayout->addWidget(new QLabel(tr("<b>Model</b>"), side));
        auto* probabilities = new QLabel(content.probabilities.join('\n'), side);
        probabilities->setObjectName("FocusProbabilities");
        sideLayout->addWidget(probabilities);
    }
    if (!content.text.isEmpty()) {
        sideLayout->addWidget(new QLabel(tr("<b>Text</b>"), side));
        auto* text = new QPlainTextEdit(content.text, side);
        text->setReadOnly(true);
        sideLayout->addWidget(text, 1);
    }
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
    if (content.prediction) view_->setPrediction(*content.prediction, content.word);
    // Space closes, also while the word list (which would take Space as a selection key) has the focus.
    new QShortcut(QKeySequence(Qt::Key_Space), this, this, &QDialog::accept);

    // As large as the screen allows: the point of this view.
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect area = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(area.width() * 9 / 10, area.height() * 9 / 10);
    split->setSizes({width() * 4 / 5, width() / 5});
}

void MemeFocusView::keyPressEvent(QKeyEvent* e) {
    if (e->key() == Qt::Key_Space) {
        accept();
        return;
    }
    QDialog::keyPressEvent(e);
}

} // namespace memescope
