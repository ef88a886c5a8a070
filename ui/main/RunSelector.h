#pragma once

#include <QComboBox>

namespace memescope {

class ProjectSession;

// The toolbar's run choice: every finished run of the project with its test macro-F1, and "no run". Follows
// the session both ways: picking a run selects it; a run selected elsewhere (a training that finished, a
// command-line option) shows here; the list follows new runs.
class RunSelector : public QComboBox {
    Q_OBJECT
public:
    explicit RunSelector(ProjectSession* session, QWidget* parent = nullptr);
    qint64 latestRun() const; // the most recent finished run, 0 when there is none

private:
    void reload();
    void showSelected(qint64 runId);

    ProjectSession* session_;
};

} // namespace memescope
