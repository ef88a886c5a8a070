#pragma once

#include "core/duplicates/DuplicateTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace memescope {

class DuplicateGroupDelegate;
class DuplicateGroupsModel;
class ProjectSession;
class ProjectTasks;

// The Duplicates workspace: memes that repeat each other (a meme re-uploaded, a caption over another
// picture, a picture under another caption) and the groups that leak across the training, validation and
// test splits. A one-line summary, filters (kind, leaks only, conflicting labels only), the settings that
// decide what counts as a duplicate (the project's: the leak-free test figures use them too) with a Find
// Duplicates button, and the groups largest first (DuplicateGroupDelegate). It shows the session's latest
// result and follows it; the first showing on an open project without one starts the search. A click on a
// member asks for it to be selected (selectRow), as the error analysis's mistakes do.
class DuplicatesView : public QWidget {
    Q_OBJECT
public:
    DuplicatesView(ProjectSession* session, ProjectTasks* tasks, QWidget* parent = nullptr);

    DuplicateGroupsModel* model() const { return model_; }
    DuplicateGroupDelegate* delegate() const { return delegate_; }
    QListView* list() const { return list_; }
    QComboBox* kindBox() const { return kind_; }
    QCheckBox* leaksOnlyBox() const { return leaksOnly_; }
    QCheckBox* conflictingOnlyBox() const { return conflictingOnly_; }
    QDoubleSpinBox* textThresholdBox() const { return textThreshold_; }
    QSpinBox* imageDistanceBox() const { return imageDistance_; }
    QDoubleSpinBox* pictureSimilarityBox() const { return pictureSimilarity_; }
    QPushButton* findButton() const { return find_; }
    QLabel* summaryLabel() const { return summary_; }
    QLabel* emptyLabel() const { return empty_; }

    // The settings as the controls show them; the project's for the rest.
    duplicates::DuplicateSettings settings() const;
    bool isSearching() const { return searching_; }
    // Searches with the settings shown (replacing a search that is running).
    void findDuplicates();
    // Starts the search when a project is open, has no result and none was started for it yet.
    void ensureResult();

public Q_SLOTS:
    // The meme the gallery and the inspector have: drawn as current where it is a member.
    void setCurrentRowId(qint64 rowId);

Q_SIGNALS:
    void selectRow(qint64 rowId);
    void showRows(const QVector<qint64>& rows, const QString& description); // a whole group, in the gallery

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildControls();
    void projectOpened();
    void resultChanged();
    void applyFilter();
    void updateKindCounts();
    void updateState(); // the summary, the empty page or the list, the settings hint
    QString summaryText() const;

    ProjectSession* session_;
    ProjectTasks* tasks_;
    DuplicateGroupsModel* model_;
    DuplicateGroupDelegate* delegate_ = nullptr;
    QDoubleSpinBox* textThreshold_ = nullptr;
    QSpinBox* imageDistance_ = nullptr;
    QDoubleSpinBox* pictureSimilarity_ = nullptr;
    QPushButton *find_ = nullptr, *emptyFind_ = nullptr;
    QLabel *settingsHint_ = nullptr, *summary_ = nullptr, *shown_ = nullptr, *empty_ = nullptr;
    QComboBox* kind_ = nullptr;
    QCheckBox *leaksOnly_ = nullptr, *conflictingOnly_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QListView* list_ = nullptr;
    duplicates::DuplicateSettings base_; // the project's (or the result's): what the controls do not show
    bool searching_ = false;
    bool started_ = false; // a search was started on the open project (no second automatic one)
    int search_ = 0;       // the latest search: only its end clears searching_
    QString failure_;      // why the latest search failed
};

} // namespace memescope
