#pragma once

#include <QHash>
#include <QObject>
#include <cstdint>

class QAction;
class QMenu;
class QWidget;

namespace memescope {

class AgreementDialog;
class BrowserView;
class LabelSchema;
class ProjectSession;

// The Label menu and what its keys do to the memes selected in the browser: set or toggle a label (the
// schema's hotkeys), no symptom (0), agree with the current label (Y), accept the model's suggestion (A),
// blind labelling (remembered), adjudicating, auto-advance, the annotator's name (remembered), the
// labelling queue and annotator agreement. Rebuilt when the project's labels change.
class LabellingMenu : public QObject {
    Q_OBJECT
public:
    LabellingMenu(ProjectSession* session, BrowserView* browser, QMenu* menu, QWidget* window);
    ~LabellingMenu() override; // remembers auto-advance

    void applyLabel(int label); // the label keys and the inspector's buttons
    void showLabellingQueue();
    void showReviewQueue(); // Ctrl+Shift+U (again: leave)
    void showAgreement();
    void setAnnotatorDialog();

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);
    void annotatorChanged();

private:
    void rebuild();
    void advance();
    // The agreement among these labels into the dialog: the intervals at once when cheap, else from a
    // background job (the figures first, the intervals "computing…").
    void fillAgreement(AgreementDialog& d, const QHash<int64_t, QHash<QString, uint64_t>>& labels,
                       const LabelSchema& schema);

    ProjectSession* session_;
    BrowserView* browser_;
    QMenu* menu_;
    QWidget* window_;
    QAction* autoAdvance_;
    QAction* blind_;
    QAction* adjudicate_;
};

} // namespace memescope
