#pragma once

#include <QPointer>
#include <QWidget>
#include <atomic>
#include <memory>

class QVBoxLayout;

namespace memescope {

// One background job's row as the panel shows it (GUI thread). JobRunner drives it.
class JobHandle : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void progress(int done, int total, const QString& text); // total 0: busy, amount unknown
    void finished(const QString& message);
};

// The Jobs dock: every background job (import, OCR, training, evaluation, export) with its progress bar and
// a Cancel button; the most recent one is mirrored in the status bar.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(QWidget* parent = nullptr);
    // A new row, owned by the panel; its Cancel button sets `cancel` (the job's JobContext flag).
    JobHandle* start(const QString& title, std::shared_ptr<std::atomic_bool> cancel);
    int runningCount() const { return running_; }

Q_SIGNALS:
    void statusText(const QString& text, int percent); // percent -1 when nothing runs
    void started();                                    // a row was added (the dock may want showing)

private:
    QVBoxLayout* list_;
    int running_ = 0;
};

} // namespace memescope
