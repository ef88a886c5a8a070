#pragma once

#include <QDialog>
#include <QStringList>

class QTextBrowser;

namespace memescope {

// Where the user guide's contents page is: installed beside the program (the .deb puts docs/guide under
// share/doc/memescope), else the source tree this program was built from. Empty when neither has it;
// `searched` receives the places looked at, for the message.
QString userGuideIndex(QStringList* searched = nullptr);

// The user guide (docs/guide, Markdown with screenshots) read inside the application: links between pages
// are followed here, web links open in the browser. Non-modal, so the guide can stay open beside the work.
class UserGuideWindow : public QDialog {
    Q_OBJECT
public:
    explicit UserGuideWindow(const QString& indexPath, QWidget* parent = nullptr);
    QTextBrowser* browser() const { return browser_; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitImages(); // the page's pictures no wider than the window
    QTextBrowser* browser_;
};

} // namespace memescope
