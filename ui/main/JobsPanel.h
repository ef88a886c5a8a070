#pragma once

#include <QPointer>
#include <QWidget>
#include <atomic>
#include <memory>

class QVBoxLayout;

namespace memescope {

// One background job as the panel shows it. Thread-safe to read cancelled(); the rest from the GUI thread.
class JobHandle : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    bool cancelled() const { return cancel_->load(); }
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return cancel_; }

Q_SIGNALS:
    void progress(int done, int total, const QString& text);
    void finished(const QString& message);

private:
    friend class JobsPanel;
    std::shared_ptr<std::atomic_bool> cancel_ = std::make_shared<std::atomic_bool>(false);
};

// The Jobs dock: every background job (import, OCR, training, evaluation, export) with its progress bar and
// a Cancel button; the most recent one is mirrored in the status bar.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(QWidget* parent = nullptr);
    JobHandle* start(const QString& title); // owned by the panel
    int runningCount() const { return running_; }
    void cancelAll(); // asks every job to stop (they check between steps)

Q_SIGNALS:
    void statusText(const QString& text, int percent); // percent -1 when nothing runs

private:
    QVBoxLayout* list_;
    QList<QPointer<JobHandle>> jobs_;
    int running_ = 0;
};

} // namespace memescope
