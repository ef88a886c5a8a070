#include "UserGuide.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace memescope {

QString userGuideIndex(QStringList* searched) {
    const QStringList candidates = {
        QDir(QCoreApplication::applicationDirPath()).filePath("../share/doc/memescope/guide/index.md"),
        QStringLiteral(MEMESCOPE_SOURCE_DIR "/docs/guide/index.md")};
    for (const QString& c : candidates) {
        const QString path = QDir::cleanPath(c);
        if (QFileInfo(path).isFile()) return path;
        if (searched) *searched << path;
    }
    return {};
}

UserGuideWindow::UserGuideWindow(const QString& indexPath, QWidget* parent)
    : QDialog(parent)
    , browser_(new QTextBrowser(this)) {
    setWindowTitle(tr("MemeScope User Guide"));
    setObjectName("UserGuideWindow");
    browser_->setOpenLinks(true);
    browser_->setOpenExternalLinks(true); // http(s) links go to the desktop's browser
    browser_->setSource(QUrl::fromLocalFile(indexPath), QTextDocument::MarkdownResource);
    // Links between pages are followed by the browser itself: it reads a .md page as Markdown by its type.
    // Screenshots are 1920 px wide: each page's images are scaled down to the window's width.
    connect(browser_, &QTextBrowser::sourceChanged, this, &UserGuideWindow::fitImages);

    auto* back = new QPushButton(tr("Back"), this);
    auto* contents = new QPushButton(tr("Contents"), this);
    back->setEnabled(false);
    connect(browser_, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, browser_, &QTextBrowser::backward);
    connect(contents, &QPushButton::clicked, this, [this, indexPath] {
        browser_->setSource(QUrl::fromLocalFile(indexPath), QTextDocument::MarkdownResource);
    });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(contents);
    bar->addStretch(1);
    bar->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(browser_, 1);
    layout->addLayout(bar);
    resize(900, 700);
}

void UserGuideWindow::fitImages() {
    const int width = browser_->viewport()->width() - 24;
    QTextDocument* doc = browser_->document();
    doc->setUndoRedoEnabled(false); // resizing pictures is not an edit to undo
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat()) continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage pixels =
                doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            const int target = std::min(pixels.width(), width);
            if (pixels.isNull() || target <= 0 || qFuzzyCompare(image.width(), double(target))) continue;
            image.setWidth(target);
            image.setHeight(double(pixels.height()) * target / pixels.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
}

void UserGuideWindow::resizeEvent(QResizeEvent* event) {
    QDialog::resizeEvent(event);
    fitImages();
}

} // namespace memescope
