#include "RunSelector.h"

#include "core/analysis/RunSummary.h"
#include "core/store/RunStore.h"
#include "core/store/StoreError.h"
#include "ui/session/ProjectSession.h"

namespace memescope {

RunSelector::RunSelector(ProjectSession* session, QWidget* parent)
    : QComboBox(parent)
    , session_(session) {
    setObjectName("RunSelector");
    setMinimumContentsLength(28);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::activated, this,
            [this](int i) { session_->selectRun(itemData(i).toLongLong()); });
    connect(session_, &ProjectSession::runsChanged, this, &RunSelector::reload);
    connect(session_, &ProjectSession::projectClosed, this, &RunSelector::reload);
    connect(session_, &ProjectSession::runSelected, this, &RunSelector::showSelected);
    reload();
}

void RunSelector::reload() {
    clear();
    addItem(tr("(no run — labels only)"), qint64(0));
    if (session_->isOpen())
        for (const RunRecord& r : RunStore(*session_->store()).runs()) {
            if (r.status != RunStatus::Finished) continue;
            addItem(tr("%1 — test macro-F1 %2").arg(r.name).arg(RunSummary::of(r).test.macroF1, 0, 'f', 3),
                    qint64(r.id));
        }
    showSelected(session_->runId());
}

void RunSelector::showSelected(qint64 runId) {
    int index = findData(runId);
    if (index < 0 && runId != 0 && session_->isOpen()) {
        // The session's run is not among the finished ones listed (it was replaced, or is being rerun):
        // still named, so the selector never says "no run" while the panels show one.
        try {
            addItem(tr("%1 (selected)").arg(RunStore(*session_->store()).run(runId).name), runId);
            index = count() - 1;
            setItemData(index, true, Qt::UserRole + 1); // not a finished run: latestRun() passes it by
        } catch (const StoreError&) {                   // deleted: the session lets go of it too
            session_->selectRun(0);
            return;
        }
    }
    setCurrentIndex(std::max(index, 0));
}

qint64 RunSelector::latestRun() const {
    for (int i = count() - 1; i > 0; --i)
        if (!itemData(i, Qt::UserRole + 1).toBool()) return itemData(i).toLongLong();
    return 0;
}

} // namespace memescope
